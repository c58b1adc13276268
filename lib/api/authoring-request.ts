// Wire shapes of assignment authoring: the assignment fields plus its late policy and private
// solution (reference + wrong variants), and per-student deadline extensions (docs/classroom.md).
import { z } from 'zod';
import { AssignmentRequest } from './classroom-request.ts';
import { LatePolicy } from '../classroom/late-policy.ts';
import { Solution } from '../classroom/authoring.ts';

export const AuthoringRequest = AssignmentRequest.extend({ latePolicy: LatePolicy.optional(), solution: Solution.optional() });
export const AuthoringUpdateRequest = AuthoringRequest.partial();
export type AuthoringRequest = z.infer<typeof AuthoringRequest>;
export type AuthoringUpdateRequest = z.infer<typeof AuthoringUpdateRequest>;

/** A deadline for one student; null removes their extension (the assignment's due date applies). */
export const ExtensionRequest = z.object({ dueAt: z.iso.datetime({ offset: true }).transform((s) => new Date(s)).nullable() });
