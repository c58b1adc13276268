// The `before` transformer: walks the user's TypeScript AST once and dispatches each construct
// the ABI rewrites (async functions, awaits, try/for-await resumes, module syntax) to its file.
import ts from 'typescript';
import { visitFunction, visitReturn, type FunctionNode } from './async-functions.ts';
import { visitAwait } from './awaits.ts';
import { visitNew, visitReflectConstruct, visitSuperCall, withPromiseConstructor } from './promise-new.ts';
import { visitBrandedSuper, withBrand, withMadeAfterSuper } from './promise-subclass.ts';
import { checkImportExpression, hasExportModifier, moduleStatement, stripExport } from './imports.ts';
import { checkReserved } from './reserved.ts';
import { checkTopLevelReturn } from './top-level-return.ts';
import { visitForOf, visitLabeled, visitTry } from './resumes.ts';
import { State, type Problem } from './state.ts';
import { splitDirectives } from './hooks.ts';
import { type AsyncioNames, asyncioNames, blockingRun, visitAsyncioCall } from './asyncio-calls.ts';
import { fixClass, fixObjectLiteral, hoist } from './async-shape.ts';
import { withSourceMarker } from './source-text.ts';
import { withLoopMark } from './location.ts';

function visitNode(st: State, aio: AsyncioNames, node: ts.Node): ts.VisitResult<ts.Node | undefined> {
  const out = dispatch(st, aio, node);
  // Every loop writes the location register (location.ts) each iteration: the CPU limit's "where".
  // A `for await` gives the event loop a turn every iteration, so it is never what the limit stops.
  const marked = ts.isIterationStatement(node, false) && !(ts.isForOfStatement(node) && node.awaitModifier);
  return marked ? withLoopMark(st, node, out, st.harness) : out;
}

function dispatch(st: State, aio: AsyncioNames, node: ts.Node): ts.VisitResult<ts.Node | undefined> {
  switch (node.kind) {
    case ts.SyntaxKind.FunctionDeclaration:
    case ts.SyntaxKind.FunctionExpression:
    case ts.SyntaxKind.ArrowFunction:
    case ts.SyntaxKind.MethodDeclaration:
      return visitFunction(st, node as FunctionNode);
    // Bodies where `await` is not allowed even inside an async function; each binds its own `this`.
    case ts.SyntaxKind.GetAccessor:
    case ts.SyntaxKind.SetAccessor:
      return withSourceMarker(st, node, st.bindingThis(() => st.inScope('sync', () => st.visitChildren(node))));
    case ts.SyntaxKind.Constructor:
      return withMadeAfterSuper(st, st.bindingThis(() => st.inScope('sync', () => st.visitChildren(node as ts.ConstructorDeclaration))));
    case ts.SyntaxKind.PropertyDeclaration:
    case ts.SyntaxKind.ClassStaticBlockDeclaration:
      return st.bindingThis(() => st.inScope('sync', () => st.visitChildren(node)));
    // Node runs a program as an ES module, whose top-level `this` is undefined.
    case ts.SyntaxKind.ThisKeyword:
      return st.thisBound ? node : st.f.createVoidZero();
    // Statement lists: converted async function declarations move to the front (hoisting).
    case ts.SyntaxKind.Block: {
      const visited = st.visitChildren(node as ts.Block);
      return st.f.updateBlock(visited, hoist(st, visited.statements));
    }
    case ts.SyntaxKind.ModuleBlock: {
      const visited = st.visitChildren(node as ts.ModuleBlock);
      return st.f.updateModuleBlock(visited, hoist(st, visited.statements));
    }
    case ts.SyntaxKind.CaseBlock:
      return hoistCases(st, st.visitChildren(node as ts.CaseBlock));
    case ts.SyntaxKind.ClassDeclaration:
    case ts.SyntaxKind.ClassExpression:
      return withSourceMarker(st, node, fixClass(st, node as ts.ClassDeclaration,
        withBrand(st, node as ts.ClassDeclaration,
          withPromiseConstructor(st, node as ts.ClassDeclaration, st.visitChildren(node as ts.ClassDeclaration)))));
    case ts.SyntaxKind.ObjectLiteralExpression:
      return fixObjectLiteral(st, node as ts.ObjectLiteralExpression, st.visitChildren(node as ts.ObjectLiteralExpression));
    case ts.SyntaxKind.ReturnStatement:
      return visitReturn(st, node as ts.ReturnStatement);
    case ts.SyntaxKind.AwaitExpression:
      return visitAwait(st, node as ts.AwaitExpression);
    case ts.SyntaxKind.TryStatement:
      return visitTry(st, node as ts.TryStatement);
    case ts.SyntaxKind.ForOfStatement:
      return visitForOf(st, node as ts.ForOfStatement);
    case ts.SyntaxKind.LabeledStatement:
      return visitLabeled(st, node as ts.LabeledStatement);
    case ts.SyntaxKind.NewExpression:
      return visitNew(st, node as ts.NewExpression);
    case ts.SyntaxKind.CallExpression:
      checkImportExpression(st, node);
      if ((node as ts.CallExpression).expression.kind === ts.SyntaxKind.SuperKeyword) {
        return visitBrandedSuper(st, node as ts.CallExpression) ?? visitSuperCall(st, node as ts.CallExpression) ?? st.visitChildren(node);
      }
      return visitReflectConstruct(st, node as ts.CallExpression) ?? visitAsyncioCall(st, aio, node as ts.CallExpression) ?? st.visitChildren(node);
    case ts.SyntaxKind.MetaProperty:
      checkImportExpression(st, node);
      return st.visitChildren(node);
    // Type-only subtrees are erased later and hold nothing to rewrite.
    case ts.SyntaxKind.InterfaceDeclaration:
    case ts.SyntaxKind.TypeAliasDeclaration:
      return node;
    case ts.SyntaxKind.ExpressionWithTypeArguments: // `extends mixin(await x)` holds real code
      return st.visitChildren(node);
    default:
      return ts.isTypeNode(node) ? node : st.visitChildren(node);
  }
}

/** A switch's clauses share one scope: hoisted declarations go to the front of the first clause. */
function hoistCases(st: State, block: ts.CaseBlock): ts.CaseBlock {
  const moved = block.clauses.flatMap((c) => c.statements.filter((s) => st.hoisted.has(s)));
  if (!moved.length) return block;
  const clauses = block.clauses.map((c, i) => {
    const kept = c.statements.filter((s) => !st.hoisted.has(s));
    const statements = i === 0 ? [...moved, ...kept] : kept;
    return ts.isCaseClause(c) ? st.f.updateCaseClause(c, c.expression, statements) : st.f.updateDefaultClause(c, statements);
  });
  return st.f.updateCaseBlock(block, clauses);
}

function transformSourceFile(st: State, aio: AsyncioNames): ts.SourceFile {
  const sf = st.sf;
  const [directives, rest] = splitDirectives(sf.statements);
  const hoisted: ts.Statement[] = [];
  const body: ts.Statement[] = [];
  for (const stmt of rest) {
    const handled = moduleStatement(st, stmt);
    if (handled) {
      hoisted.push(...handled.hoisted);
      body.push(...handled.replacement);
      continue;
    }
    const out = blockingRun(st, aio, stmt) ?? st.visit(stmt);
    const list = (Array.isArray(out) ? out : out ? [out] : []) as ts.Statement[];
    body.push(...(hasExportModifier(stmt) ? list.map((s) => stripExport(st, s)) : list));
  }
  return st.f.updateSourceFile(sf, [...directives, ...hoisted, ...hoist<ts.Statement, ts.Statement[]>(st, body)]);
}

/** What the instrumented program needs besides itself: `source` means it must carry the source text. */
export interface Needs { source: boolean }

/**
 * Creates the transformer; problems (compile errors) are appended to `problems`. `harness`: the
 * code is a classroom harness (its lines are told apart in the location register).
 */
export function instrumenter(problems: Problem[], needs: Needs = { source: false }, harness = false): ts.TransformerFactory<ts.SourceFile> {
  return (ctx) => (sf) => {
    // With syntax errors the caller reports those; the tree may be too broken to rewrite.
    if ((sf as { parseDiagnostics?: unknown[] }).parseDiagnostics?.length) return sf;
    const st = new State(sf, ctx);
    st.harness = harness;
    const aio = asyncioNames(sf);
    st.visit = (node) => visitNode(st, aio, node);
    checkReserved(st);
    checkTopLevelReturn(st);
    const out = transformSourceFile(st, aio);
    problems.push(...st.problems);
    needs.source = st.sourceUsed;
    return out;
  };
}

/** `after` transformer: TS marks a module with `export {};`, which a classic script cannot hold. */
export const dropModuleMarkers: ts.TransformerFactory<ts.SourceFile> = (ctx) => (sf) => {
  const kept = sf.statements.filter((s) => !ts.isExportDeclaration(s) && !ts.isImportDeclaration(s));
  return kept.length === sf.statements.length ? sf : ctx.factory.updateSourceFile(sf, kept);
};
