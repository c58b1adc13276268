// Places where a task runs again without passing through an instrumented `await`: a catch or
// finally entered because an awaited promise rejected, each `for await` iteration, and the code
// after a `for await` loop. Each gets `__tl.resumed(T);` (a no-op for a task already running).
import ts from 'typescript';
import { resumedStatement } from './hooks.ts';
import type { State } from './state.ts';

function prepend(st: State, block: ts.Block): ts.Block {
  return st.f.updateBlock(block, [resumedStatement(st), ...block.statements]);
}

export function visitTry(st: State, node: ts.TryStatement): ts.Node {
  const visited = st.visitChildren(node);
  if (st.scope === 'sync') return visited;
  const f = st.f;
  const c = visited.catchClause;
  const catchClause = c ? f.updateCatchClause(c, c.variableDeclaration, prepend(st, c.block)) : undefined;
  const finallyBlock = visited.finallyBlock ? prepend(st, visited.finallyBlock) : undefined;
  return f.updateTryStatement(visited, visited.tryBlock, catchClause, finallyBlock);
}

/** The loop itself, with `resumed` first in its body. */
function forAwaitLoop(st: State, node: ts.ForOfStatement): ts.ForOfStatement {
  const f = st.f;
  const initializer = ts.visitNode(node.initializer, st.visit, ts.isForInitializer) ?? node.initializer;
  const expression = st.visitExpression(node.expression);
  const body = st.visitStatement(node.statement);
  const block = ts.isBlock(body) ? prepend(st, body) : f.createBlock([resumedStatement(st), body], true);
  return f.updateForOfStatement(node, node.awaitModifier, initializer, expression, block);
}

export function visitForOf(st: State, node: ts.ForOfStatement): ts.VisitResult<ts.Node> {
  if (!node.awaitModifier) return st.visitChildren(node);
  if (st.scope === 'sync') {
    st.report(node, "'for await' is only allowed inside async functions and at the top level");
    return node;
  }
  return [forAwaitLoop(st, node), resumedStatement(st)];
}

/** `a: b: for await (…)` keeps its labels on the loop (so `continue a` stays valid). */
export function visitLabeled(st: State, node: ts.LabeledStatement): ts.VisitResult<ts.Node> {
  const labels: ts.LabeledStatement[] = [];
  let inner: ts.Statement = node;
  while (ts.isLabeledStatement(inner)) {
    labels.push(inner);
    inner = inner.statement;
  }
  if (!ts.isForOfStatement(inner) || !inner.awaitModifier || st.scope === 'sync') return st.visitChildren(node);
  let rebuilt: ts.Statement = forAwaitLoop(st, inner);
  for (let i = labels.length - 1; i >= 0; i--) rebuilt = st.f.updateLabeledStatement(labels[i], labels[i].label, rebuilt);
  return [rebuilt, resumedStatement(st)];
}
