// Recognises the Prisma error codes repositories turn into ordinary outcomes, without importing
// the generated error classes (which differ per provider).

/** Unique constraint violated: an id collided. */
export const UNIQUE_VIOLATION = 'P2002';
/** Foreign key violated: the referenced snippet is gone. */
export const FOREIGN_KEY_VIOLATION = 'P2003';

export function hasPrismaCode(error: unknown, code: string): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === code;
}
