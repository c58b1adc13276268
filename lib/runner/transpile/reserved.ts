// Identifiers starting with "__tl" (abi RESERVED_PREFIX) belong to the instrumented program's
// hooks; user code that names them could forge or break the trace, so it is a compile error.
import ts from 'typescript';
import { RESERVED_PREFIX } from '../../scheduler/abi.ts';
import type { State } from './state.ts';

function firstReserved(node: ts.Node): ts.Identifier | ts.PrivateIdentifier | undefined {
  if ((ts.isIdentifier(node) || ts.isPrivateIdentifier(node)) && node.text.replace(/^#/, '').startsWith(RESERVED_PREFIX)) {
    return node;
  }
  return ts.forEachChild(node, firstReserved);
}

/** Reports the first reserved identifier. A cheap text test skips the walk for almost every program. */
export function checkReserved(st: State): void {
  // Escapes like `\u005f_tl` also spell the prefix, so any backslash-u forces the walk too.
  if (!st.sf.text.includes(RESERVED_PREFIX) && !st.sf.text.includes('\\u')) return;
  const found = firstReserved(st.sf);
  if (found) {
    st.report(found, `"${found.text}" is reserved: names starting with "${RESERVED_PREFIX}" belong to Taskline (line ${st.lineOf(found)})`);
  }
}
