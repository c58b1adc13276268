// asyncio call sites: a coroutine call written directly as an argument of createTask, gather,
// run… becomes a coroutine object (`__tl.lazy`) that starts when the task first runs, as in
// Python; a top-level `asyncio.run(…)` statement is awaited, so it blocks the code after it.
import ts from 'typescript';
import { hookCall, taskIdRef } from './hooks.ts';
import { awaitText } from './awaits.ts';
import type { State } from './state.ts';

/** asyncio functions whose direct coroutine-call arguments start lazily. */
const LAZY_ARGS = new Set(['createTask', 'ensureFuture', 'gather', 'waitFor', 'shield', 'run']);
/** asyncio functions taking a list: coroutine calls written in the array literal start lazily too. */
const LAZY_ELEMENTS = new Set(['gather', 'asCompleted']);

/** Local names that stand for the asyncio module (`asyncio`, `import * as aio`) and its functions. */
export interface AsyncioNames { modules: Set<string>; functions: Map<string, string> }

export function asyncioNames(sf: ts.SourceFile): AsyncioNames {
  const names: AsyncioNames = { modules: new Set(['asyncio']), functions: new Map() };
  for (const stmt of sf.statements) {
    if (!ts.isImportDeclaration(stmt) || !ts.isStringLiteral(stmt.moduleSpecifier)) continue;
    const clause = stmt.importClause;
    if (!clause || clause.isTypeOnly) continue;
    const from = stmt.moduleSpecifier.text;
    if (from === 'asyncio' && clause.name) names.modules.add(clause.name.text);
    const bindings = clause.namedBindings;
    if (bindings && ts.isNamespaceImport(bindings) && from === 'asyncio') names.modules.add(bindings.name.text);
    if (bindings && ts.isNamedImports(bindings)) {
      for (const el of bindings.elements) {
        const imported = (el.propertyName ?? el.name).text;
        if (from === 'asyncio') names.functions.set(el.name.text, imported);
        if (from === 'taskline' && imported === 'asyncio') names.modules.add(el.name.text);
      }
    }
  }
  return names;
}

/** Which asyncio function a call is (`asyncio.gather(…)`, `gather(…)` imported, `tg.createTask(…)`). */
function asyncioFunction(names: AsyncioNames, call: ts.CallExpression): string | undefined {
  const callee = call.expression;
  if (ts.isPropertyAccessExpression(callee)) {
    const prop = callee.name.text;
    if (ts.isIdentifier(callee.expression) && names.modules.has(callee.expression.text)) return prop;
    return prop === 'createTask' ? prop : undefined; // a TaskGroup's createTask
  }
  if (ts.isIdentifier(callee)) return names.functions.get(callee.text);
  return undefined;
}

/** An object expression safe to evaluate twice (as `this` and to read the method from). */
function isSimple(e: ts.Expression): boolean {
  if (ts.isIdentifier(e) || e.kind === ts.SyntaxKind.ThisKeyword) return true;
  return ts.isPropertyAccessExpression(e) && isSimple(e.expression);
}

function calleeName(callee: ts.Expression): string {
  if (ts.isIdentifier(callee)) return callee.text;
  if (ts.isPropertyAccessExpression(callee)) return callee.name.text;
  return 'coroutine';
}

/** `f(a, b)` → `__tl.lazy(f, [a, b], undefined, "f", line)`; undefined when the call must stay eager. */
function lazyCall(st: State, call: ts.CallExpression): ts.Expression | undefined {
  const callee = call.expression;
  if (call.questionDotToken || ts.isOptionalChain(call) || callee.kind === ts.SyntaxKind.SuperKeyword) return undefined;
  if (callee.kind === ts.SyntaxKind.ImportKeyword) return undefined;
  const f = st.f;
  let fn: ts.Expression, thisArg: ts.Expression;
  if (ts.isPropertyAccessExpression(callee) || ts.isElementAccessExpression(callee)) {
    if (!isSimple(callee.expression)) return undefined;
    fn = st.visitExpression(callee);
    thisArg = st.visitExpression(callee.expression);
  } else {
    fn = st.visitExpression(callee);
    thisArg = f.createVoidZero();
  }
  const args = call.arguments.map((a) => st.visitExpression(a));
  return hookCall(st, 'lazy', [
    fn, f.createArrayLiteralExpression(args), thisArg,
    f.createStringLiteral(calleeName(callee)), f.createNumericLiteral(st.lineOf(call)),
  ]);
}

function unwrap(e: ts.Expression): ts.Expression {
  return ts.isParenthesizedExpression(e) ? unwrap(e.expression) : e;
}

/** Rewrites the coroutine-call arguments of an asyncio call; undefined when it is not one. */
export function visitAsyncioCall(st: State, names: AsyncioNames, call: ts.CallExpression): ts.Expression | undefined {
  const fn = asyncioFunction(names, call);
  if (fn === undefined || (!LAZY_ARGS.has(fn) && !LAZY_ELEMENTS.has(fn))) return undefined;
  const f = st.f;
  const args = call.arguments.map((a, i) => {
    const inner = unwrap(a);
    if (LAZY_ARGS.has(fn) && (fn === 'gather' || i === 0) && ts.isCallExpression(inner)) return lazyCall(st, inner) ?? st.visitExpression(a);
    if (LAZY_ELEMENTS.has(fn) && i === 0 && ts.isArrayLiteralExpression(inner)) {
      return f.updateArrayLiteralExpression(inner, inner.elements.map((el) => {
        const e = unwrap(el);
        return (ts.isCallExpression(e) ? lazyCall(st, e) : undefined) ?? st.visitExpression(el);
      }));
    }
    return st.visitExpression(a);
  });
  return f.updateCallExpression(call, st.visitExpression(call.expression), call.typeArguments, args);
}

/** A top-level `asyncio.run(…);` statement, awaited: Python's asyncio.run blocks until main is done. */
export function blockingRun(st: State, names: AsyncioNames, stmt: ts.Statement): ts.Statement | undefined {
  if (!ts.isExpressionStatement(stmt) || !ts.isCallExpression(stmt.expression)) return undefined;
  const call = stmt.expression;
  if (asyncioFunction(names, call) !== 'run') return undefined;
  const visited = visitAsyncioCall(st, names, call) ?? st.visitExpression(call);
  const f = st.f;
  const awaiting = hookCall(st, 'awaiting', [
    taskIdRef(st), visited, f.createStringLiteral(awaitText(st.sf, call)), f.createNumericLiteral(st.lineOf(call)),
  ]);
  const expr = hookCall(st, 'resumed', [taskIdRef(st), f.createAwaitExpression(awaiting)]);
  return ts.setTextRange(f.createExpressionStatement(expr), stmt);
}
