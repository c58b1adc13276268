// Promises the program makes get the scheduler's state record, so console.log can print
// `Promise { 'done' }` as Node does (lib/scheduler/promise-tags.ts says why this cannot be done by
// replacing the global Promise): `new Promise(args)` becomes `__tl.newPromise(Promise, args)`, and
// a program's own class of that name is constructed as written by the hook. The other ways to make
// one (abi.ts shows the exact shapes): `new X(args)` with X an alias is checked against Promise when
// it runs; `super(…)` in a class written `extends Promise` hands V8 an executor that notes the
// outcome; `Reflect.construct(…)` goes through a hook that does the same for Promise.
import ts from 'typescript';
import { HOOKS_PARAM } from '../../scheduler/abi.ts';
import { ARGS_PARAM, hookCall } from './hooks.ts';
import type { State } from './state.ts';

/** Globals that are never Promise: `new Error(…)` and the like stay exactly as written. */
export const NEVER_PROMISE = new Set([
  'Error', 'TypeError', 'RangeError', 'SyntaxError', 'ReferenceError', 'EvalError', 'URIError', 'AggregateError',
  'Map', 'Set', 'WeakMap', 'WeakSet', 'WeakRef', 'FinalizationRegistry', 'Date', 'Array', 'Object', 'RegExp',
  'Function', 'String', 'Number', 'Boolean', 'Proxy', 'ArrayBuffer', 'SharedArrayBuffer', 'DataView',
  'Int8Array', 'Uint8Array', 'Uint8ClampedArray', 'Int16Array', 'Uint16Array', 'Int32Array', 'Uint32Array',
  'Float32Array', 'Float64Array', 'BigInt64Array', 'BigUint64Array', 'URL', 'URLSearchParams', 'TextEncoder',
  'TextDecoder', 'AbortController', 'EventTarget', 'Event', 'CustomEvent', 'DOMException', 'Intl',
]);

/** `__tl.promises.<name>(args)` */
export function promisesCall(st: State, name: string, args: readonly ts.Expression[]): ts.CallExpression {
  const f = st.f;
  const promises = f.createPropertyAccessExpression(f.createIdentifier(HOOKS_PARAM), 'promises');
  return f.createCallExpression(f.createPropertyAccessExpression(promises, name), undefined, args);
}

export function visitNew(st: State, node: ts.NewExpression): ts.Node {
  const f = st.f;
  const callee = node.expression;
  // `new globalThis.Promise(…)`: the callee is evaluated once, before the arguments, as `new` does.
  if (ts.isPropertyAccessExpression(callee) && callee.name.text === 'Promise' && !ts.isPrivateIdentifier(callee.name)) {
    const args = (node.arguments ?? []).map((a) => st.visitExpression(a));
    return ts.setTextRange(hookCall(st, 'newPromise', [st.visitExpression(callee), ...args]), node);
  }
  if (!ts.isIdentifier(callee) || NEVER_PROMISE.has(callee.text)) return st.visitChildren(node);
  const args = (node.arguments ?? []).map((a) => st.visitExpression(a));
  const tagged = hookCall(st, 'newPromise', [f.createIdentifier('Promise'), ...args]);
  if (callee.text === 'Promise') return ts.setTextRange(tagged, node);
  // An alias of Promise is known only when it runs; args are evaluated in one branch only.
  const asWritten = f.updateNewExpression(node, callee, node.typeArguments, node.arguments ? args : undefined);
  const isPromise = f.createStrictEquality(f.createIdentifier(callee.text), f.createIdentifier('Promise'));
  return ts.setTextRange(f.createParenthesizedExpression(f.createConditionalExpression(isPromise, undefined, tagged, undefined, asWritten)), node);
}

/** Whether the class is written `extends Promise`. */
export function extendsPromise(cls: ts.ClassLikeDeclaration): boolean {
  const clause = cls.heritageClauses?.find((h) => h.token === ts.SyntaxKind.ExtendsKeyword);
  const base = clause?.types[0]?.expression;
  return base !== undefined && ts.isIdentifier(base) && base.text === 'Promise';
}

/** The class whose constructor a `super(…)` call belongs to (arrows see their enclosing constructor). */
export function superClass(node: ts.Node): ts.ClassLikeDeclaration | undefined {
  for (let p = node.parent; p !== undefined; p = p.parent) {
    if (ts.isConstructorDeclaration(p)) return ts.isClassLike(p.parent) ? p.parent : undefined;
    if (ts.isFunctionLike(p) && !ts.isArrowFunction(p)) return undefined;
  }
  return undefined;
}

/** `super(ex, …)` in a class written `extends Promise`: the promise gets a state record. */
export function visitSuperCall(st: State, node: ts.CallExpression): ts.Node | undefined {
  const cls = superClass(node);
  if (cls === undefined || !extendsPromise(cls)) return undefined;
  const args = node.arguments.map((a) => st.visitExpression(a));
  return ts.setTextRange(promisesCall(st, 'made', [st.f.updateCallExpression(node, node.expression, node.typeArguments, wrapExecutor(st, args))]), node);
}

export function wrapExecutor(st: State, args: ts.Expression[]): ts.Expression[] {
  if (args.length === 0) return args;
  const [first, ...rest] = args;
  if (ts.isSpreadElement(first)) return [st.f.createSpreadElement(promisesCall(st, 'args', [first.expression])), ...rest];
  return [promisesCall(st, 'executor', [first]), ...rest];
}

/** A class written `extends Promise` without a constructor gets Node's default one, spelled out. */
export function withPromiseConstructor<T extends ts.ClassDeclaration | ts.ClassExpression>(st: State, original: T, visited: T): T {
  if (!extendsPromise(original) || visited.members.some((m) => ts.isConstructorDeclaration(m))) return visited;
  const f = st.f;
  const rest = f.createParameterDeclaration(undefined, f.createToken(ts.SyntaxKind.DotDotDotToken), ARGS_PARAM);
  const superCall = f.createCallExpression(f.createSuper(), undefined,
    [f.createSpreadElement(promisesCall(st, 'args', [f.createIdentifier(ARGS_PARAM)]))]);
  const ctor = f.createConstructorDeclaration(undefined, [rest], f.createBlock([f.createExpressionStatement(promisesCall(st, 'made', [superCall]))], true));
  const members = [ctor, ...visited.members];
  return (ts.isClassDeclaration(visited)
    ? f.updateClassDeclaration(visited, visited.modifiers, visited.name, visited.typeParameters, visited.heritageClauses, members)
    : f.updateClassExpression(visited, visited.modifiers, visited.name, visited.typeParameters, visited.heritageClauses, members)) as T;
}

/** `Reflect.construct(…)` → `__tl.promises.construct(Reflect, …)`: the hook reads `construct` once, as the call would. */
export function visitReflectConstruct(st: State, node: ts.CallExpression): ts.Node | undefined {
  const callee = node.expression;
  if (!ts.isPropertyAccessExpression(callee) || !ts.isIdentifier(callee.expression) || callee.expression.text !== 'Reflect' ||
    callee.name.text !== 'construct') return undefined;
  const args = node.arguments.map((a) => st.visitExpression(a));
  return ts.setTextRange(promisesCall(st, 'construct', [st.f.createIdentifier('Reflect'), ...args]), node);
}
