// What makes an instrumented async function look like Node's: the `__tl.fn` / `__tl.methods` /
// `__tl.source` calls that give it AsyncFunction's prototype, its `length` and its source text for
// toString(), the hoisting of converted declarations, and the static block a class gets for them.
import ts from 'typescript';
import { hookCall, SOURCE_FN } from './hooks.ts';
import { propertyNameText } from './names.ts';
import { textStart } from './source-text.ts';
import type { State } from './state.ts';

/** The spec's ExpectedArgumentCount: parameters before the first default or rest (`this` is TS-only). */
export function expectedArgumentCount(params: readonly ts.ParameterDeclaration[]): number {
  let n = 0;
  for (const p of params) {
    if (ts.isIdentifier(p.name) && p.name.text === 'this') continue;
    if (p.initializer || p.dotDotDotToken) break;
    n++;
  }
  return n;
}

/** `start, end, __tl_src`: the node's source range and the function that returns the source. */
function sourceArgs(st: State, node: ts.Node): ts.Expression[] {
  st.sourceUsed = true;
  return [st.f.createNumericLiteral(textStart(st, node)), st.f.createNumericLiteral(node.end), st.f.createIdentifier(SOURCE_FN)];
}

/** `__tl.fn(outer, length, start, end, __tl_src)`: returns outer, now looking like `original`. */
export function lookAsync(st: State, outer: ts.Expression, original: ts.FunctionLikeDeclaration): ts.Expression {
  const length = st.f.createNumericLiteral(expectedArgumentCount(original.parameters));
  return hookCall(st, 'fn', [outer, length, ...sourceArgs(st, original)]);
}

/** The private field whose initialiser fixes a class's instance private async methods. */
const PRIVATE_LOOK_FIELD = '#__tl_look';

function hasModifier(m: ts.Node, kind: ts.SyntaxKind): boolean {
  return ts.canHaveModifiers(m) && (ts.getModifiers(m)?.some((x) => x.kind === kind) ?? false);
}

/**
 * Async (non-generator) methods: [key, length, start, end] flattened, per placement. A computed key
 * would run twice, so its entry's key is null: the scheduler finds the method by the source marker
 * its body ends with (async-functions.ts), among the holder's own methods.
 */
function asyncMethodEntries(st: State, members: readonly ts.Node[], isStatic: boolean): ts.Expression[] {
  const out: ts.Expression[] = [];
  for (const m of members) {
    if (!ts.isMethodDeclaration(m) || !m.body || m.asteriskToken || ts.isPrivateIdentifier(m.name)) continue;
    if (!(ts.getModifiers(m)?.some((x) => x.kind === ts.SyntaxKind.AsyncKeyword) ?? false)) continue;
    const staticMember = ts.getModifiers(m)?.some((x) => x.kind === ts.SyntaxKind.StaticKeyword) ?? false;
    if (staticMember !== isStatic) continue;
    const key = propertyNameText(m.name);
    out.push(key === undefined ? st.f.createNull() : st.f.createStringLiteral(key), st.f.createNumericLiteral(expectedArgumentCount(m.parameters)),
      st.f.createNumericLiteral(textStart(st, m)), st.f.createNumericLiteral(m.end));
  }
  return out;
}

function methodsCall(st: State, holder: ts.Expression, entries: ts.Expression[]): ts.Expression {
  st.sourceUsed = true;
  return hookCall(st, 'methods', [holder, st.f.createArrayLiteralExpression(entries), st.f.createIdentifier(SOURCE_FN)]);
}

/** `{ async m() {} }` → `__tl.methods({ … }, ["m", 0, s, e], __tl_src)`. */
export function fixObjectLiteral(st: State, original: ts.ObjectLiteralExpression, visited: ts.ObjectLiteralExpression): ts.Expression {
  const entries = asyncMethodEntries(st, original.properties, false);
  return entries.length ? methodsCall(st, visited, entries) : visited;
}

/**
 * A class with async methods gets a first static block that fixes them (on the prototype and the
 * class) and records the class's source text, before any static initialiser of the user runs.
 */
export function fixClass<T extends ts.ClassDeclaration | ts.ClassExpression>(st: State, original: T, visited: T): T {
  const f = st.f;
  const own = asyncMethodEntries(st, original.members, false);
  const statics = asyncMethodEntries(st, original.members, true);
  const privateAsync = (isStatic: boolean) => original.members.filter((m): m is ts.MethodDeclaration & { name: ts.PrivateIdentifier } =>
    ts.isMethodDeclaration(m) && !!m.body && !m.asteriskToken && ts.isPrivateIdentifier(m.name) &&
    hasModifier(m, ts.SyntaxKind.AsyncKeyword) && hasModifier(m, ts.SyntaxKind.StaticKeyword) === isStatic);
  // Private methods are reachable only as this.#m: static ones from the static block, instance
  // ones from a first private field, initialised (before the user's fields) at each construction.
  const look = (m: ts.MethodDeclaration & { name: ts.PrivateIdentifier }) =>
    lookAsync(st, f.createPropertyAccessExpression(f.createThis(), f.createPrivateIdentifier(m.name.text)), m);
  const staticPrivates = privateAsync(true).map(look);
  const instancePrivates = privateAsync(false).map(look);
  if (!own.length && !statics.length && !staticPrivates.length && !instancePrivates.length) return visited;
  const calls: ts.Statement[] = staticPrivates.map((e) => f.createExpressionStatement(e));
  const proto = f.createPropertyAccessExpression(f.createThis(), 'prototype');
  if (own.length) calls.push(f.createExpressionStatement(methodsCall(st, proto, own)));
  if (statics.length) calls.push(f.createExpressionStatement(methodsCall(st, f.createThis(), statics)));
  calls.push(f.createExpressionStatement(hookCall(st, 'source', [f.createThis(), ...sourceArgs(st, original)])));
  const lookField = instancePrivates.length
    ? [f.createPropertyDeclaration(undefined, f.createPrivateIdentifier(PRIVATE_LOOK_FIELD), undefined, undefined, f.createCommaListExpression(instancePrivates))]
    : [];
  const members = [f.createClassStaticBlockDeclaration(f.createBlock(calls, false)), ...lookField, ...visited.members];
  return (ts.isClassDeclaration(visited)
    ? f.updateClassDeclaration(visited, visited.modifiers, visited.name, visited.typeParameters, visited.heritageClauses, members)
    : f.updateClassExpression(visited, visited.modifiers, visited.name, visited.typeParameters, visited.heritageClauses, members)) as T;
}

/** Moves the converted async function declarations to the front of their list, as JS hoists them. */
export function hoist<T extends ts.Node, L extends readonly T[]>(st: State, statements: L): L | T[] {
  // The same list when nothing moves, so update* calls keep the node (no needless reprint).
  if (!statements.some((s) => st.hoisted.has(s))) return statements;
  return [...statements.filter((s) => st.hoisted.has(s)), ...statements.filter((s) => !st.hoisted.has(s))];
}

/** `(() => { const h = <fn>; return h; })()`: a named function expression can call itself by name. */
export function bindOwnName(st: State, name: string, expr: ts.Expression): ts.Expression {
  const f = st.f;
  const decl = f.createVariableStatement(undefined, f.createVariableDeclarationList(
    [f.createVariableDeclaration(name, undefined, undefined, expr)], ts.NodeFlags.Const));
  const arrow = f.createArrowFunction(undefined, undefined, [], undefined, f.createToken(ts.SyntaxKind.EqualsGreaterThanToken),
    f.createBlock([decl, f.createReturnStatement(f.createIdentifier(name))], true));
  return f.createCallExpression(f.createParenthesizedExpression(arrow), undefined, []);
}

export function mentions(node: ts.Node, name: string): boolean {
  return ts.forEachChild(node, (c) => (ts.isIdentifier(c) && c.text === name) || mentions(c, name)) ?? false;
}

/** Block-level declarations are `let` (strict mode); function- and program-level ones are `var`. */
export function declarationFlags(fn: ts.FunctionDeclaration): ts.NodeFlags {
  const p = fn.parent;
  const functionLevel = ts.isSourceFile(p) || ts.isModuleBlock(p) || (ts.isBlock(p) && ts.isFunctionLike(p.parent));
  return functionLevel ? ts.NodeFlags.None : ts.NodeFlags.Let;
}
