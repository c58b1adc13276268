// `await X` becomes `__tl.resumed(T, await __tl.awaiting(T, X, "<text>", <line>))`. Both hooks
// return their value (awaiting swaps a thenable for a stand-in await treats alike), so no tick is added.
import ts from 'typescript';
import { GENERATOR_TASK_LOCAL, hookCall, taskIdRef } from './hooks.ts';
import type { State } from './state.ts';

export const AWAIT_TEXT_MAX = 40;

/** The operand's source text, whitespace collapsed, cut to 40 characters with an ellipsis. */
export function awaitText(sf: ts.SourceFile, operand: ts.Node): string {
  const text = sf.text.slice(operand.getStart(sf), operand.end).replace(/\s+/g, ' ').trim();
  return text.length > AWAIT_TEXT_MAX ? text.slice(0, AWAIT_TEXT_MAX - 1) + '…' : text;
}

export function visitAwait(st: State, node: ts.AwaitExpression): ts.Node {
  if (st.scope === 'sync') {
    st.report(node, "'await' is only allowed inside async functions and at the top level");
    return node;
  }
  const f = st.f;
  const operand = st.visitExpression(node.expression);
  // In a generator the driving task is whoever called next(): read it when the await starts.
  const firstArg = st.scope === 'generator'
    ? f.createAssignment(f.createIdentifier(GENERATOR_TASK_LOCAL), hookCall(st, 'current', []))
    : taskIdRef(st);
  const awaiting = hookCall(st, 'awaiting', [
    firstArg,
    operand,
    f.createStringLiteral(awaitText(st.sf, node.expression)),
    f.createNumericLiteral(st.lineOf(node)),
  ]);
  return hookCall(st, 'resumed', [taskIdRef(st), f.updateAwaitExpression(node, awaiting)]);
}
