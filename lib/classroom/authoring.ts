// The teacher's reference solution and "wrong on purpose" variants, and what their grades say
// about the checks: the reference must pass every check, and each wrong variant must fail at least
// one, or the checks do not catch that mistake. Pure: the use case runs the programs.
import { z } from 'zod';
import { MAX_CODE_BYTES } from '../runner/limits.ts';
import type { Grade } from './grade.ts';

/** Most wrong variants per assignment: each is graded (all checks) on every save. */
export const MAX_VARIANTS = 5;
/** Longest variant label, in characters. */
export const MAX_VARIANT_LABEL_CHARS = 80;

const code = z.string().refine((s) => !s.includes('\u0000'), 'must not contain NUL characters')
  .refine((s) => Buffer.byteLength(s, 'utf8') <= MAX_CODE_BYTES, `code must be at most ${MAX_CODE_BYTES} bytes`);

export const WrongVariant = z.object({
  label: z.string().trim().min(1).max(MAX_VARIANT_LABEL_CHARS).refine((s) => !s.includes('\u0000'), 'must not contain NUL characters'),
  code: code.refine((s) => s.trim().length > 0, 'a wrong variant needs code'),
});
export type WrongVariant = z.infer<typeof WrongVariant>;

/** Empty reference code means "no reference": nothing is verified on save. */
export const Solution = z.object({
  referenceCode: code,
  variants: z.array(WrongVariant).max(MAX_VARIANTS),
});
export type Solution = z.infer<typeof Solution>;

export const EMPTY_SOLUTION: Solution = { referenceCode: '', variants: [] };

export interface ProgramVerdict {
  label: string;
  score: number;
  maxScore: number;
  /** Ids of the checks this program failed, with their reasons. */
  failed: Array<{ id: string; reason: string }>;
}

export interface AuthoringReport {
  reference: ProgramVerdict | null;
  variants: Array<ProgramVerdict & { caught: boolean }>;
  warnings: string[];
  /** Set when the programs could not be run (busy sandboxes): the checks are not verified. */
  unverified?: string;
}

export const REFERENCE_LABEL = 'reference solution';

function verdict(label: string, grade: Grade): ProgramVerdict {
  return { label, score: grade.score, maxScore: grade.maxScore, failed: grade.checks.filter((c) => !c.passed).map((c) => ({ id: c.id, reason: c.reason })) };
}

/** The report from the grades: the reference's (if any) and one per variant, in order. */
export function authoringReport(solution: Solution, reference: Grade | null, variants: readonly Grade[]): AuthoringReport {
  const warnings: string[] = [];
  const ref = reference && verdict(REFERENCE_LABEL, reference);
  for (const f of ref?.failed ?? []) warnings.push(`The reference solution fails check "${f.id}": ${f.reason}`);
  const graded = solution.variants.map((v, i) => {
    const one = verdict(v.label, variants[i]!);
    const caught = one.failed.length > 0;
    if (!caught) warnings.push(`Your checks do not catch the ${v.label}: it passes every check.`);
    return { ...one, caught };
  });
  return { reference: ref, variants: graded, warnings };
}
