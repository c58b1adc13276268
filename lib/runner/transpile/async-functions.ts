// Async functions become plain functions that start a task and look async (abi.ts shows the exact
// shape); async generators are not tasks and keep their shape, tracking the task that drives them in `__tl_g`.
import ts from 'typescript';
import { TASK_PARAM } from '../../scheduler/abi.ts';
import { ARGS_PARAM, generatorTaskDeclaration, hookCall, splitDirectives, taskIdRef } from './hooks.ts';
import { evaluationName, propertyNameText, taskName } from './names.ts';
import { bindOwnName, declarationFlags, hoist, lookAsync, mentions } from './async-shape.ts';
import { withSourceMarker } from './source-text.ts';
import { withEntryMark } from './location.ts';
import type { State } from './state.ts';

export type FunctionNode = ts.FunctionDeclaration | ts.FunctionExpression | ts.ArrowFunction | ts.MethodDeclaration;

function isAsync(fn: FunctionNode): boolean {
  return fn.modifiers?.some((m) => m.kind === ts.SyntaxKind.AsyncKeyword) ?? false;
}

/** Entry point for every function-like node the visitor meets; all but arrows bind their own `this`. */
export function visitFunction(st: State, fn: FunctionNode): ts.Node {
  const visit = () => {
    if (!fn.body || !isAsync(fn)) return withSourceMarker(st, fn, withEntryMark(st, fn, st.inScope('sync', () => st.visitChildren(fn)), st.harness));
    if (fn.asteriskToken) return withSourceMarker(st, fn, asyncGenerator(st, fn as FunctionNode & { body: ts.Block }));
    return taskFunction(st, fn);
  };
  return ts.isArrowFunction(fn) ? visit() : st.bindingThis(visit);
}

function visitParameters(st: State, fn: FunctionNode): ts.NodeArray<ts.ParameterDeclaration> {
  return st.inScope('sync', () => ts.visitNodes(fn.parameters, st.visit, ts.isParameter));
}

/** Computed method names are evaluated in the enclosing scope, so they keep its scope. */
function visitMethodName(st: State, fn: ts.MethodDeclaration): ts.PropertyName {
  return ts.visitNode(fn.name, st.visit, ts.isPropertyName) ?? fn.name;
}

function visitStatements(st: State, statements: readonly ts.Statement[], scope: 'task' | 'generator'): ts.Statement[] {
  return hoist(st, st.inScope(scope, () => statements.flatMap((s) => {
    const out = st.visit(s);
    return (Array.isArray(out) ? out : out ? [out] : []) as ts.Statement[];
  })));
}

function withoutAsync(fn: FunctionNode): ts.ModifierLike[] | undefined {
  const mods = fn.modifiers?.filter((m) => m.kind !== ts.SyntaxKind.AsyncKeyword);
  return mods && mods.length ? mods : undefined;
}

const OBJECT_BINARY = new Set([ts.SyntaxKind.AmpersandAmpersandToken, ts.SyntaxKind.BarBarToken, ts.SyntaxKind.QuestionQuestionToken,
  ts.SyntaxKind.CommaToken]);

/**
 * An object or array literal with no `then` of its own (nor spread, computed keys or __proto__):
 * only a program that puts `then` on Object.prototype or Array.prototype makes it a thenable, and
 * then only the trace's attribution of that `then` would differ, never what the program prints.
 */
function literalWithoutThen(e: ts.Expression): boolean {
  if (ts.isArrayLiteralExpression(e)) return !e.elements.some(ts.isSpreadElement);
  if (!ts.isObjectLiteralExpression(e)) return false;
  return e.properties.every((p) => !ts.isSpreadAssignment(p) && p.name !== undefined && !ts.isComputedPropertyName(p.name) &&
    !['then', '__proto__'].includes(propertyNameText(p.name) ?? 'then'));
}

/** Return values that can never be thenables: nothing to attribute, no hook call. */
function plainReturn(node: ts.Expression): boolean {
  let e = node;
  while (ts.isParenthesizedExpression(e)) e = e.expression;
  if (literalWithoutThen(e) || ts.isFunctionExpression(e) || ts.isArrowFunction(e)) return true;
  // Every binary operator but `&&`, `||`, `??`, `,` and assignments yields a primitive.
  const primitiveBinary = ts.isBinaryExpression(e) && !OBJECT_BINARY.has(e.operatorToken.kind) &&
    !(e.operatorToken.kind >= ts.SyntaxKind.FirstAssignment && e.operatorToken.kind <= ts.SyntaxKind.LastAssignment);
  return primitiveBinary || ts.isLiteralExpression(e) || ts.isAwaitExpression(e) || ts.isTemplateExpression(e) ||
    ts.isPrefixUnaryExpression(e) || ts.isPostfixUnaryExpression(e) || ts.isTypeOfExpression(e) || ts.isVoidExpression(e) ||
    e.kind === ts.SyntaxKind.TrueKeyword || e.kind === ts.SyntaxKind.FalseKeyword || e.kind === ts.SyntaxKind.NullKeyword;
}

/** `__tl.returning(__tl_t, value)`: a returned thenable's `then` runs as this task (thenables.ts). */
function returning(st: State, original: ts.Expression, visited: ts.Expression): ts.Expression {
  return plainReturn(original) ? visited : hookCall(st, 'returning', [taskIdRef(st), visited]);
}

/** `return X` directly in an async function's body (task scope): X goes through `returning`. */
export function visitReturn(st: State, node: ts.ReturnStatement): ts.Node {
  if (st.scope !== 'task' || node.expression === undefined) return st.visitChildren(node);
  return st.f.updateReturnStatement(node, returning(st, node.expression, st.visitExpression(node.expression)));
}

/**
 * The task body: `async (<the user's parameters>) => { const __tl_t = __tl.current(); try { body }
 * finally { __tl.exit(__tl_t) } }`. The parameters live here, inside the native async arrow, so a
 * default or destructuring that throws rejects the task's promise, as in Node; the arrow inherits
 * this/arguments/super/new.target from the outer function.
 */
function innerArrow(st: State, fn: FunctionNode): ts.ArrowFunction {
  const f = st.f;
  const body = fn.body!;
  let directives: ts.Statement[] = [];
  let inner: ts.Statement[];
  if (ts.isBlock(body)) {
    const [dirs, rest] = splitDirectives(body.statements);
    directives = dirs;
    inner = visitStatements(st, rest, 'task');
  } else {
    const expr = st.inScope('task', () => st.visitExpression(body));
    inner = [ts.setTextRange(f.createReturnStatement(returning(st, body, expr)), body)];
  }
  const taskId = () => f.createIdentifier(TASK_PARAM);
  const idDecl = f.createVariableStatement(undefined, f.createVariableDeclarationList(
    [f.createVariableDeclaration(TASK_PARAM, undefined, undefined, hookCall(st, 'current', []))], ts.NodeFlags.Const));
  const tryBlock = f.createTryStatement(
    f.createBlock(inner, true),
    undefined,
    f.createBlock([f.createExpressionStatement(hookCall(st, 'exit', [taskId()]))], false),
  );
  const params = visitParameters(st, fn).filter((p) => !(ts.isIdentifier(p.name) && p.name.text === 'this'));
  return f.createArrowFunction(
    [f.createModifier(ts.SyntaxKind.AsyncKeyword)], undefined, params, undefined,
    f.createToken(ts.SyntaxKind.EqualsGreaterThanToken),
    ts.setTextRange(f.createBlock([...directives, idDecl, tryBlock], true), body),
  );
}

/**
 * The outer function takes `...__tl_a` and returns `__tl.task("f", <inner arrow>, __tl_a)`.
 * Methods stay methods (their home object keeps `super`; the class or object literal around them
 * fixes their look). Declarations and expressions become a method `{ "f"(...__tl_a) {…} }["f"]`
 * and arrows stay arrows `{ "f": (...__tl_a) => … }["f"]`: neither has a `prototype` or can be
 * constructed, and the key gives the name JS would. `__tl.fn` gives AsyncFunction's prototype,
 * the right `length` and the source text. A declaration becomes a hoisted `var`/`let`.
 */
function taskFunction(st: State, fn: FunctionNode): ts.Node {
  const f = st.f;
  const call = hookCall(st, 'task', [f.createStringLiteral(taskName(fn)), innerArrow(st, fn), f.createIdentifier(ARGS_PARAM)]);
  const rest = [f.createParameterDeclaration(undefined, f.createToken(ts.SyntaxKind.DotDotDotToken), ARGS_PARAM)];
  const block = () => ts.setTextRange(f.createBlock([f.createReturnStatement(call)], true), fn.body!);
  if (ts.isMethodDeclaration(fn)) {
    const method = f.updateMethodDeclaration(fn, withoutAsync(fn), undefined, visitMethodName(st, fn), fn.questionToken, undefined,
      rest, undefined, block());
    // A computed key cannot be evaluated twice: the scheduler finds the method by this marker instead.
    return propertyNameText(fn.name) === undefined && !ts.isPrivateIdentifier(fn.name) ? withSourceMarker(st, fn, method) : method;
  }
  const jsName = ts.isFunctionDeclaration(fn) ? (fn.name?.text ?? 'default') : evaluationName(fn);
  const key = () => f.createStringLiteral(jsName);
  const member = ts.isArrowFunction(fn)
    ? f.createPropertyAssignment(key(), f.createArrowFunction(undefined, undefined, rest, undefined,
      f.createToken(ts.SyntaxKind.EqualsGreaterThanToken), call))
    : f.createMethodDeclaration(undefined, undefined, key(), undefined, undefined, rest, undefined, block());
  let expr = lookAsync(st, f.createElementAccessExpression(f.createObjectLiteralExpression([member]), key()), fn);
  if (ts.isFunctionExpression(fn) && fn.name && [fn.body, ...fn.parameters].some((n) => mentions(n, fn.name!.text))) {
    expr = bindOwnName(st, fn.name.text, expr);
  }
  if (!ts.isFunctionDeclaration(fn)) return ts.setTextRange(expr, fn);
  if (!fn.name) return ts.setTextRange(f.createExpressionStatement(f.createParenthesizedExpression(expr)), fn);
  const decl = f.createVariableStatement(undefined, f.createVariableDeclarationList(
    [f.createVariableDeclaration(fn.name.text, undefined, undefined, expr)], declarationFlags(fn)));
  st.hoisted.add(decl);
  return ts.setTextRange(decl, fn);
}

function asyncGenerator(st: State, fn: FunctionNode & { body: ts.Block }): ts.Node {
  const f = st.f;
  const [directives, rest] = splitDirectives(fn.body.statements);
  const statements = [...directives, generatorTaskDeclaration(st), ...visitStatements(st, rest, 'generator')];
  const body = f.updateBlock(fn.body, statements);
  const params = visitParameters(st, fn);
  if (ts.isFunctionDeclaration(fn)) {
    return f.updateFunctionDeclaration(fn, fn.modifiers, fn.asteriskToken, fn.name, fn.typeParameters, params, fn.type, body);
  }
  if (ts.isFunctionExpression(fn)) {
    return f.updateFunctionExpression(fn, fn.modifiers as readonly ts.Modifier[] | undefined, fn.asteriskToken, fn.name,
      fn.typeParameters, params, fn.type, body);
  }
  if (ts.isMethodDeclaration(fn)) {
    return f.updateMethodDeclaration(fn, fn.modifiers, fn.asteriskToken, visitMethodName(st, fn), fn.questionToken,
      fn.typeParameters, params, fn.type, body);
  }
  return fn; // arrows cannot be generators
}
