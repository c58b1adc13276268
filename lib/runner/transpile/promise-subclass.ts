// Classes that may extend Promise without saying so: `class MyP extends P` with `const P = Promise`,
// `extends globalThis.Promise`, `extends mixin(Base)`. Which base a class really has is known only
// when it runs, so such a class gets a private static brand, and its `super(…)` becomes
//   (__tl.promises.direct(new.target, (c) => #__tl_p in c) ? <as for `extends Promise`> : super(…))
// `direct` finds this class on new.target's chain by the brand (only the class itself has it) and
// says whether its base is Promise, as super() itself would find it, before the arguments run.
import ts from 'typescript';
import { ARGS_PARAM } from './hooks.ts';
import { NEVER_PROMISE, promisesCall, superClass, wrapExecutor } from './promise-new.ts';
import type { State } from './state.ts';

export const BRAND = '#__tl_p';

/** The class's `extends` expression, if it has one. */
function heritage(cls: ts.ClassLikeDeclaration): ts.Expression | undefined {
  return cls.heritageClauses?.find((h) => h.token === ts.SyntaxKind.ExtendsKeyword)?.types[0]?.expression;
}

/** Whether the class's base may turn out to be Promise although not written `extends Promise`. */
function mayExtendPromise(cls: ts.ClassLikeDeclaration): boolean {
  const base = heritage(cls);
  if (base === undefined || base.kind === ts.SyntaxKind.NullKeyword) return false;
  return !ts.isIdentifier(base) || (base.text !== 'Promise' && !NEVER_PROMISE.has(base.text));
}

/** `super(…)` in such a class (else undefined: promise-new.ts's visitSuperCall decides). */
export function visitBrandedSuper(st: State, node: ts.CallExpression): ts.Node | undefined {
  const cls = superClass(node);
  if (cls === undefined || !mayExtendPromise(cls)) return undefined;
  const args = node.arguments.map((a) => st.visitExpression(a));
  // A statement of the constructor's body stays a `super(…)` statement, which TypeScript needs to
  // find to put parameter properties (`constructor(private x)`) right after it:
  //   super(...__tl.promises.superArgs(new.target, (c) => #__tl_p in c, [args])); __tl.promises.made(this);
  // (withMadeAfterSuper adds the second statement once the constructor is visited).
  const stmt = node.parent;
  if (ts.isExpressionStatement(stmt) && ts.isBlock(stmt.parent) && ts.isConstructorDeclaration(stmt.parent.parent)) {
    const f = st.f;
    const list = promisesCall(st, 'superArgs', [newTarget(st), isMine(st), f.createArrayLiteralExpression(args)]);
    const call = ts.setTextRange(f.updateCallExpression(node, node.expression, node.typeArguments, [f.createSpreadElement(list)]), node);
    superStatements.add(call);
    return call;
  }
  return ts.setTextRange(brandedSuper(st, node, args), node);
}

/** The `super(...superArgs(…))` calls visitBrandedSuper made as statements: each is followed by made(this). */
const superStatements = new WeakSet<ts.Node>();

/** A visited constructor: `__tl.promises.made(this);` after each such `super(…)` statement (TypeScript's parameter properties go before it). */
export function withMadeAfterSuper(st: State, ctor: ts.ConstructorDeclaration): ts.ConstructorDeclaration {
  const body = ctor.body;
  if (body === undefined || !body.statements.some((s) => ts.isExpressionStatement(s) && superStatements.has(s.expression))) return ctor;
  const statements = body.statements.flatMap((s) => ts.isExpressionStatement(s) && superStatements.has(s.expression)
    ? [s, st.f.createExpressionStatement(promisesCall(st, 'made', [st.f.createThis()]))] : [s]);
  return st.f.updateConstructorDeclaration(ctor, ctor.modifiers, ctor.parameters, st.f.updateBlock(body, statements));
}

const newTarget = (st: State) => st.f.createMetaProperty(ts.SyntaxKind.NewKeyword, st.f.createIdentifier('target'));
function isMine(st: State): ts.ArrowFunction {
  const f = st.f;
  const c = f.createIdentifier('c');
  return f.createArrowFunction(undefined, undefined, [f.createParameterDeclaration(undefined, undefined, c)], undefined,
    f.createToken(ts.SyntaxKind.EqualsGreaterThanToken), f.createBinaryExpression(f.createPrivateIdentifier(BRAND), ts.SyntaxKind.InKeyword, c));
}

/** `super(args)` in such a class: decided when it runs, arguments evaluated in one branch only. */
function brandedSuper(st: State, node: ts.CallExpression, args: ts.Expression[]): ts.Expression {
  const f = st.f;
  const test = promisesCall(st, 'direct', [newTarget(st), isMine(st)]);
  const tagged = promisesCall(st, 'made', [f.createCallExpression(f.createSuper(), undefined, wrapExecutor(st, args))]);
  const asWritten = f.updateCallExpression(node, node.expression, node.typeArguments, args);
  return f.createParenthesizedExpression(f.createConditionalExpression(test, undefined, tagged, undefined, asWritten));
}

/** The brand, and Node's default constructor spelled out when the class has none (else `visited` as is). */
export function withBrand<T extends ts.ClassDeclaration | ts.ClassExpression>(st: State, original: T, visited: T): T {
  if (!mayExtendPromise(original)) return visited;
  const f = st.f;
  const brand = f.createPropertyDeclaration([f.createModifier(ts.SyntaxKind.StaticKeyword)], f.createPrivateIdentifier(BRAND), undefined, undefined, undefined);
  const members: ts.ClassElement[] = [brand];
  if (!visited.members.some((m) => ts.isConstructorDeclaration(m))) {
    const rest = f.createParameterDeclaration(undefined, f.createToken(ts.SyntaxKind.DotDotDotToken), ARGS_PARAM);
    const superCall = f.createCallExpression(f.createSuper(), undefined, [f.createSpreadElement(f.createIdentifier(ARGS_PARAM))]);
    const call = brandedSuper(st, superCall, [f.createSpreadElement(f.createIdentifier(ARGS_PARAM))]);
    members.push(f.createConstructorDeclaration(undefined, [rest], f.createBlock([f.createExpressionStatement(call)], true)));
  }
  members.push(...visited.members);
  return (ts.isClassDeclaration(visited)
    ? f.updateClassDeclaration(visited, visited.modifiers, visited.name, visited.typeParameters, visited.heritageClauses, members)
    : f.updateClassExpression(visited, visited.modifiers, visited.name, visited.typeParameters, visited.heritageClauses, members)) as T;
}
