// A `return` at the top level is a SyntaxError in a Node module, but `ts.transpileModule` does not
// report TS1108 and the program runs inside an async arrow where it would silently end the top
// level early (skipping, for instance, a grader's harness). So it is a compile error here.
import ts from 'typescript';
import type { State } from './state.ts';

/** Bodies with their own `return` target; a return inside them is not a top-level one. */
function ownsReturn(node: ts.Node): boolean {
  return ts.isFunctionLike(node) || ts.isClassStaticBlockDeclaration(node);
}

function firstTopLevelReturn(node: ts.Node): ts.ReturnStatement | undefined {
  if (ts.isReturnStatement(node)) return node;
  if (ownsReturn(node)) return undefined;
  return ts.forEachChild(node, firstTopLevelReturn);
}

/** Reports the first top-level return. A cheap text test skips the walk for most programs. */
export function checkTopLevelReturn(st: State): void {
  if (!st.sf.text.includes('return')) return;
  const found = ts.forEachChild(st.sf, firstTopLevelReturn);
  if (found) st.report(found, `a "return" outside a function is not allowed (line ${st.lineOf(found)}); end the program by letting it finish`);
}
