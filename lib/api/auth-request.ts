// Wire shapes of the account endpoints: sign-up and sign-in bodies.
import { z } from 'zod';
import { MAX_PASSWORD_BYTES, MIN_PASSWORD_CHARS } from '../auth/passwords.ts';

/** Largest sign-up/sign-in body, in bytes. */
export const MAX_AUTH_BODY_BYTES = 4 * 1024;

/** Usernames are case-insensitive: stored and compared lower-cased. */
export const Username = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9_.-]{3,32}$/, 'usernames are 3–32 letters, digits, _ . or -')
  .transform((name) => name.toLowerCase());

export const Password = z
  .string()
  .min(MIN_PASSWORD_CHARS, `passwords have at least ${MIN_PASSWORD_CHARS} characters`)
  .refine((p) => Buffer.byteLength(p, 'utf8') <= MAX_PASSWORD_BYTES, `passwords have at most ${MAX_PASSWORD_BYTES} bytes`);

export const SignUpRequest = z.object({ username: Username, password: Password, role: z.enum(['teacher', 'student']) });
export const SignInRequest = z.object({ username: Username, password: z.string().max(1024) });
