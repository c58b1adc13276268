// Async functions become plain functions that start a task (abi.ts shows the exact shape); async
// generators are not tasks and keep their shape, tracking the task that drives them in `__tl_g`.
import ts from 'typescript';
import { TASK_PARAM } from '../../scheduler/abi.ts';
import { generatorTaskDeclaration, hookCall, splitDirectives } from './hooks.ts';
import { taskName } from './names.ts';
import type { State } from './state.ts';

export type FunctionNode = ts.FunctionDeclaration | ts.FunctionExpression | ts.ArrowFunction | ts.MethodDeclaration;

function isAsync(fn: FunctionNode): boolean {
  return fn.modifiers?.some((m) => m.kind === ts.SyntaxKind.AsyncKeyword) ?? false;
}

/** Entry point for every function-like node the visitor meets. */
export function visitFunction(st: State, fn: FunctionNode): ts.Node {
  if (!fn.body || !isAsync(fn)) return st.inScope('sync', () => st.visitChildren(fn));
  if (fn.asteriskToken) return asyncGenerator(st, fn as FunctionNode & { body: ts.Block });
  return taskFunction(st, fn);
}

function visitParameters(st: State, fn: FunctionNode): ts.NodeArray<ts.ParameterDeclaration> {
  return st.inScope('sync', () => ts.visitNodes(fn.parameters, st.visit, ts.isParameter));
}

/** Computed method names are evaluated in the enclosing scope, so they keep its scope. */
function visitMethodName(st: State, fn: ts.MethodDeclaration): ts.PropertyName {
  return ts.visitNode(fn.name, st.visit, ts.isPropertyName) ?? fn.name;
}

function visitStatements(st: State, statements: readonly ts.Statement[], scope: 'task' | 'generator'): ts.Statement[] {
  return st.inScope(scope, () => statements.flatMap((s) => {
    const out = st.visit(s);
    return (Array.isArray(out) ? out : out ? [out] : []) as ts.Statement[];
  }));
}

function withoutAsync(fn: FunctionNode): ts.ModifierLike[] | undefined {
  const mods = fn.modifiers?.filter((m) => m.kind !== ts.SyntaxKind.AsyncKeyword);
  return mods && mods.length ? mods : undefined;
}

/**
 * function f(a) { return __tl.task("f", async (__tl_t) => { try { body } finally { __tl.exit(__tl_t) } }) }
 * The inner arrow inherits this/arguments/super/new.target; parameters and their defaults stay on
 * the outer function, so `f.length`, hoisting and `arguments` are unchanged.
 */
function taskFunction(st: State, fn: FunctionNode): ts.Node {
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
    inner = [ts.setTextRange(f.createReturnStatement(expr), body)];
  }
  const taskId = () => f.createIdentifier(TASK_PARAM);
  const tryBlock = f.createTryStatement(
    f.createBlock(inner, true),
    undefined,
    f.createBlock([f.createExpressionStatement(hookCall(st, 'exit', [taskId()]))], false),
  );
  const arrow = f.createArrowFunction(
    [f.createModifier(ts.SyntaxKind.AsyncKeyword)], undefined,
    [f.createParameterDeclaration(undefined, undefined, taskId())], undefined,
    f.createToken(ts.SyntaxKind.EqualsGreaterThanToken),
    f.createBlock([tryBlock], true),
  );
  const call = hookCall(st, 'task', [f.createStringLiteral(taskName(fn)), arrow]);
  const params = visitParameters(st, fn);
  const mods = withoutAsync(fn);
  const outerBody = () => ts.setTextRange(f.createBlock([...directives, f.createReturnStatement(call)], true), body);
  if (ts.isArrowFunction(fn)) {
    const concise = directives.length === 0;
    return f.updateArrowFunction(fn, mods as ts.Modifier[] | undefined, fn.typeParameters, params, fn.type,
      fn.equalsGreaterThanToken, concise ? call : outerBody());
  }
  if (ts.isFunctionDeclaration(fn)) {
    return f.updateFunctionDeclaration(fn, mods, undefined, fn.name, fn.typeParameters, params, fn.type, outerBody());
  }
  if (ts.isFunctionExpression(fn)) {
    return f.updateFunctionExpression(fn, mods as ts.Modifier[] | undefined, undefined, fn.name, fn.typeParameters, params, fn.type, outerBody());
  }
  return f.updateMethodDeclaration(fn, mods, undefined, visitMethodName(st, fn), fn.questionToken, fn.typeParameters,
    params, fn.type, outerBody());
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
