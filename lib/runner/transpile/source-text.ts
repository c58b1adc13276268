// fn.toString() must show the user's source, not TypeScript's reprint or our rewrite. Every function
// and class the instrumenter emits ends with a marker comment `/*@tl:<start>:<end>*/` (its range in
// the user's source); the scheduler's toString finds it at the end of V8's text (async-look.ts).
import ts from 'typescript';
import { HOOKS_PARAM } from '../../scheduler/abi.ts';
import { SOURCE_FN } from './hooks.ts';
import type { State } from './state.ts';

/** The first position at or after pos that is not whitespace or a comment. */
function skipTrivia(text: string, pos: number): number {
  for (;;) {
    while (pos < text.length && /\s/.test(text[pos])) pos++;
    if (text.startsWith('//', pos)) pos = text.indexOf('\n', pos) < 0 ? text.length : text.indexOf('\n', pos);
    else if (text.startsWith('/*', pos)) pos = text.indexOf('*/', pos) < 0 ? text.length : text.indexOf('*/', pos) + 2;
    else return pos;
  }
}

/**
 * Where V8's toString() of this function or class starts: its `async`, else for an arrow its
 * first token, else the first token after its modifiers (`function`, `class`, `get`, `*` or a
 * method's name: `static`, `export` and decorators are not part of the text).
 */
export function textStart(st: State, node: ts.Node): number {
  const mods = ts.canHaveModifiers(node) ? ts.getModifiers(node) : undefined;
  const asyncMod = mods?.find((m) => m.kind === ts.SyntaxKind.AsyncKeyword);
  if (asyncMod) return asyncMod.getStart(st.sf);
  if (ts.isArrowFunction(node)) return node.getStart(st.sf);
  const all = ts.canHaveDecorators(node) || ts.canHaveModifiers(node) ? (node as { modifiers?: ts.NodeArray<ts.ModifierLike> }).modifiers : undefined;
  return skipTrivia(st.sf.text, all && all.length ? all.end : node.pos);
}

function markerText(st: State, original: ts.Node): string {
  st.sourceUsed = true;
  return `@tl:${textStart(st, original)}:${original.end}`;
}

/** The marker comment on an inert `;`, the last statement or class element: inside the text V8 gives. */
function markerStatement<T extends ts.Node>(st: State, original: ts.Node, node: T): T {
  return ts.addSyntheticLeadingComment(node, ts.SyntaxKind.MultiLineCommentTrivia, markerText(st, original), false);
}

type Marked = ts.FunctionDeclaration | ts.FunctionExpression | ts.ArrowFunction | ts.MethodDeclaration |
  ts.GetAccessorDeclaration | ts.SetAccessorDeclaration | ts.ClassDeclaration | ts.ClassExpression;

/** The visited function or class with its marker; `original` is the parsed node (for its range). */
export function withSourceMarker<T extends ts.Node>(st: State, original: ts.Node, visited: T): T {
  const f = st.f;
  const v = visited as unknown as Marked;
  if (ts.isClassDeclaration(v) || ts.isClassExpression(v)) {
    const members = [...v.members, markerStatement(st, original, f.createSemicolonClassElement())];
    return (ts.isClassDeclaration(v)
      ? f.updateClassDeclaration(v, v.modifiers, v.name, v.typeParameters, v.heritageClauses, members)
      : f.updateClassExpression(v, v.modifiers, v.name, v.typeParameters, v.heritageClauses, members)) as unknown as T;
  }
  if (!v.body) return visited;
  if (ts.isArrowFunction(v) && !ts.isBlock(v.body)) {
    const body = f.createParenthesizedExpression(
      ts.addSyntheticTrailingComment(v.body, ts.SyntaxKind.MultiLineCommentTrivia, markerText(st, original), false));
    return f.updateArrowFunction(v, v.modifiers, v.typeParameters, v.parameters, v.type, v.equalsGreaterThanToken, body) as unknown as T;
  }
  const block = v.body as ts.Block;
  const body = f.updateBlock(block, [...block.statements, markerStatement(st, original, f.createEmptyStatement())]);
  if (ts.isFunctionDeclaration(v)) return f.updateFunctionDeclaration(v, v.modifiers, v.asteriskToken, v.name, v.typeParameters, v.parameters, v.type, body) as unknown as T;
  if (ts.isFunctionExpression(v)) return f.updateFunctionExpression(v, v.modifiers, v.asteriskToken, v.name, v.typeParameters, v.parameters, v.type, body) as unknown as T;
  if (ts.isArrowFunction(v)) return f.updateArrowFunction(v, v.modifiers, v.typeParameters, v.parameters, v.type, v.equalsGreaterThanToken, body) as unknown as T;
  if (ts.isMethodDeclaration(v)) return f.updateMethodDeclaration(v, v.modifiers, v.asteriskToken, v.name, v.questionToken, v.typeParameters, v.parameters, v.type, body) as unknown as T;
  if (ts.isGetAccessorDeclaration(v)) return f.updateGetAccessorDeclaration(v, v.modifiers, v.name, v.parameters, v.type, body) as unknown as T;
  return f.updateSetAccessorDeclaration(v as ts.SetAccessorDeclaration, v.modifiers, v.name, v.parameters, body) as unknown as T;
}

/** The source text, as a hoisted function at the end of the program (only when something uses it). */
export function sourceFunction(source: string): string {
  return `function ${SOURCE_FN}() { return ${JSON.stringify(source)}; }`;
}

/** Appended to the program's first line: hands the scheduler the source function before any code runs. */
export const SOURCE_REGISTRATION = ` ${HOOKS_PARAM}.source(null, 0, 0, ${SOURCE_FN});`;
