// The one shape of every route.ts (in the spirit of rust-playground's with_coordinator): refuse
// foreign origins, identify the caller, hand the use case its parsed body, and map whatever it
// throws to the answer (errorResponse). Routes declare the steps; the order is fixed here.
import type { z } from 'zod';
import { requireSameOrigin, refuseCrossSite } from './csrf.ts';
import { requireUser } from '../auth/current-user.ts';
import { identify, type Caller } from '../auth/identify.ts';
import type { Db } from '../db/client.ts';
import { database } from '../db/database.ts';
import type { UserRecord } from '../db/users.ts';
import { errorResponse } from './errors.ts';
import { readJson, refuseBody } from './read-json.ts';
import { readOptionalJson } from './snippet-params.ts';

/** A JSON body: its schema and byte limit; `optional` lets an empty body stand for `{}`. */
export interface BodySpec<S extends z.ZodType> { schema: S; maxBytes: number; optional?: boolean }

export interface RouteSpec<S extends z.ZodType, I extends Identify> {
  /**
   * Checked first: 'same-origin' for cookie-authenticated routes (Origin or Referer must be this
   * site); 'not-cross-site' for the snippet routes scripts call too (csrf.ts).
   */
  origin?: 'same-origin' | 'not-cross-site';
  /** The request body, or 'none' for a mutating route that refuses any byte (before identifying). */
  body?: BodySpec<S> | 'none';
  /** 'user': a signed-in user or 401 (with the open database); 'caller': whoever it is (lib/auth/identify.ts). */
  identify?: I;
}

type Identify = 'user' | 'caller' | undefined;
type Identified<I extends Identify> = I extends 'user' ? { db: Db; user: UserRecord } : I extends 'caller' ? { caller: Caller } : object;

export type RouteContext<P, S extends z.ZodType, I extends Identify> = Identified<I> & {
  request: Request;
  params: P;
  /**
   * The parsed body (413 past the limit, 400 not JSON, 422 wrong shape). Read when the route asks,
   * so authorization can refuse a stranger before a byte of their body is read.
   */
  body: () => Promise<z.infer<S>>;
};

/** `context`: Next's second argument, whose params are awaited for the call. */
export async function handler<P = Record<string, never>, S extends z.ZodType = z.ZodNever, I extends Identify = undefined>(
  request: Request,
  context: { params: Promise<P> } | undefined,
  spec: RouteSpec<S, I>,
  call: (ctx: RouteContext<P, S, I>) => Promise<Response>,
): Promise<Response> {
  try {
    if (spec.origin === 'same-origin') requireSameOrigin(request);
    if (spec.origin === 'not-cross-site') refuseCrossSite(request);
    // A bodyless route takes no body: refuse one rather than stream it unread.
    if (spec.body === 'none') await refuseBody(request);
    const identified = await identifyAs(request, spec.identify);
    const params = (context ? await context.params : {}) as P;
    const body = spec.body && spec.body !== 'none' ? once(readBody(request, spec.body)) : () => Promise.reject(new Error('this route declared no body'));
    return await call({ ...identified, request, params, body } as RouteContext<P, S, I>);
  } catch (error) {
    return errorResponse(error);
  }
}

async function identifyAs(request: Request, how: Identify): Promise<object> {
  if (how === 'caller') return { caller: await identify(request, database) };
  if (how !== 'user') return {};
  const db = await database();
  return { db, user: await requireUser(db, request) };
}

function readBody<S extends z.ZodType>(request: Request, { schema, maxBytes, optional }: BodySpec<S>): () => Promise<z.infer<S>> {
  return () => (optional ? readOptionalJson(request, schema, maxBytes) : readJson(request, schema, maxBytes));
}

/** A body stream is read once: later asks get the same answer. */
function once<T>(read: () => Promise<T>): () => Promise<T> {
  let answer: Promise<T> | undefined;
  return () => (answer ??= read());
}
