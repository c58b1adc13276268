// Builders for the hook calls the ABI (lib/scheduler/abi.ts) prescribes; every `__tl` name the
// instrumenter emits is spelled here and nowhere else.
import ts from 'typescript';
import { HOOKS_PARAM, TASK_PARAM } from '../../scheduler/abi.ts';
import type { State } from './state.ts';

/** Local holding the current task id inside an async generator (they are not tasks themselves). */
export const GENERATOR_TASK_LOCAL = '__tl_g';
/** Rest parameter of the outer function of an async function: the arguments it hands its task. */
export const ARGS_PARAM = '__tl_a';
/** Hoisted function returning the user's source text, for fn.toString() (see async-shape.ts). */
export const SOURCE_FN = '__tl_src';

/** `__tl.<name>(...args)` */
export function hookCall(st: State, name: string, args: readonly ts.Expression[]): ts.CallExpression {
  const f = st.f;
  return f.createCallExpression(
    f.createPropertyAccessExpression(f.createIdentifier(HOOKS_PARAM), name),
    undefined,
    args,
  );
}

/** The identifier naming the running task in the current scope. */
export function taskIdRef(st: State): ts.Identifier {
  return st.f.createIdentifier(st.scope === 'generator' ? GENERATOR_TASK_LOCAL : TASK_PARAM);
}

/** `__tl.resumed(<task>);` as the first statement of catch/finally/for-await bodies. */
export function resumedStatement(st: State): ts.Statement {
  return st.f.createExpressionStatement(hookCall(st, 'resumed', [taskIdRef(st)]));
}

/** `let __tl_g = __tl.current();` at the start of an async generator body. */
export function generatorTaskDeclaration(st: State): ts.Statement {
  const f = st.f;
  const decl = f.createVariableDeclaration(GENERATOR_TASK_LOCAL, undefined, undefined, hookCall(st, 'current', []));
  return f.createVariableStatement(undefined, f.createVariableDeclarationList([decl], ts.NodeFlags.Let));
}

/** Splits a body's directive prologue ("use strict") from the rest: directives must stay first. */
export function splitDirectives(statements: readonly ts.Statement[]): [ts.Statement[], ts.Statement[]] {
  let i = 0;
  while (i < statements.length) {
    const s = statements[i];
    if (!ts.isExpressionStatement(s) || !ts.isStringLiteral(s.expression)) break;
    i++;
  }
  return [statements.slice(0, i), statements.slice(i)];
}
