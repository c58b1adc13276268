// `new Promise(args)` becomes `__tl.newPromise(Promise, args)`: the scheduler constructs it the
// same way and notes how it settles, so console.log can print `Promise { 'done' }` as Node does
// (lib/scheduler/promise-tags.ts says why this cannot be done by replacing the global Promise).
// Only the identifier `Promise` is rewritten; a program's own class of that name is constructed
// as written by the hook.
import ts from 'typescript';
import { hookCall } from './hooks.ts';
import type { State } from './state.ts';

export function visitNew(st: State, node: ts.NewExpression): ts.Node {
  if (!ts.isIdentifier(node.expression) || node.expression.text !== 'Promise') return st.visitChildren(node);
  const args = (node.arguments ?? []).map((a) => st.visitExpression(a));
  const call = hookCall(st, 'newPromise', [st.f.createIdentifier('Promise'), ...args]);
  return ts.setTextRange(call, node);
}
