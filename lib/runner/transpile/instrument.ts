// The `before` transformer: walks the user's TypeScript AST once and dispatches each construct
// the ABI rewrites (async functions, awaits, try/for-await resumes, module syntax) to its file.
import ts from 'typescript';
import { visitFunction, type FunctionNode } from './async-functions.ts';
import { visitAwait } from './awaits.ts';
import { visitNew } from './promise-new.ts';
import { checkImportExpression, hasExportModifier, moduleStatement, stripExport } from './imports.ts';
import { checkReserved } from './reserved.ts';
import { visitForOf, visitLabeled, visitTry } from './resumes.ts';
import { State, type Problem } from './state.ts';
import { splitDirectives } from './hooks.ts';

function visitNode(st: State, node: ts.Node): ts.VisitResult<ts.Node | undefined> {
  switch (node.kind) {
    case ts.SyntaxKind.FunctionDeclaration:
    case ts.SyntaxKind.FunctionExpression:
    case ts.SyntaxKind.ArrowFunction:
    case ts.SyntaxKind.MethodDeclaration:
      return visitFunction(st, node as FunctionNode);
    // Bodies where `await` is not allowed even inside an async function.
    case ts.SyntaxKind.Constructor:
    case ts.SyntaxKind.GetAccessor:
    case ts.SyntaxKind.SetAccessor:
    case ts.SyntaxKind.PropertyDeclaration:
    case ts.SyntaxKind.ClassStaticBlockDeclaration:
      return st.inScope('sync', () => st.visitChildren(node));
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

function transformSourceFile(st: State): ts.SourceFile {
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
    const out = st.visit(stmt);
    const list = (Array.isArray(out) ? out : out ? [out] : []) as ts.Statement[];
    body.push(...(hasExportModifier(stmt) ? list.map((s) => stripExport(st, s)) : list));
  }
  return st.f.updateSourceFile(sf, [...directives, ...hoisted, ...body]);
}

/** Creates the transformer; problems (compile errors) are appended to `problems`. */
export function instrumenter(problems: Problem[]): ts.TransformerFactory<ts.SourceFile> {
  return (ctx) => (sf) => {
    // With syntax errors the caller reports those; the tree may be too broken to rewrite.
    if ((sf as { parseDiagnostics?: unknown[] }).parseDiagnostics?.length) return sf;
    const st = new State(sf, ctx);
    st.visit = (node) => visitNode(st, node);
    checkReserved(st);
    const out = transformSourceFile(st);
    problems.push(...st.problems);
    return out;
  };
}

/** `after` transformer: TS marks a module with `export {};`, which a classic script cannot hold. */
export const dropModuleMarkers: ts.TransformerFactory<ts.SourceFile> = (ctx) => (sf) => {
  const kept = sf.statements.filter((s) => !ts.isExportDeclaration(s) && !ts.isImportDeclaration(s));
  return kept.length === sf.statements.length ? sf : ctx.factory.updateSourceFile(sf, kept);
};
