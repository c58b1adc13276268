// Module syntax inside a script: imports of "taskline", "asyncio", "node:timers/promises" and
// "node:events" (once) become `const … = __tl.module(…)`
// (hoisted, as ES imports are); any other import, `import()`, `import.meta` and `export … from`
// are compile errors; `export` is dropped from declarations and `export default X` just runs X.
import ts from 'typescript';
import type { ModuleName } from '../../scheduler/abi.ts';
import { hookCall } from './hooks.ts';
import { IMPORTABLE, ONLY_NAMES, moduleHint } from './module-hints.ts';
import type { State } from './state.ts';


function specifierText(node: ts.Expression | undefined): string {
  return node && ts.isStringLiteral(node) ? node.text : '?';
}

/** The module a specifier names, or undefined after reporting a forbidden one (with what to use instead). */
function checkModule(st: State, node: ts.Node, name: string): ModuleName | undefined {
  if (Object.hasOwn(IMPORTABLE, name)) return IMPORTABLE[name];
  st.report(node, `Cannot import "${name}": ${moduleHint(name)} (line ${st.lineOf(node)})`);
  return undefined;
}

/** `import { EventEmitter } from "node:events"`: a name the module lacks is a compile error, not undefined. */
function checkNames(st: State, clause: ts.ImportClause, spec: string, mod: ModuleName): boolean {
  const only = ONLY_NAMES[mod];
  if (!only) return true;
  // node:events' default export is EventEmitter, which Taskline does not provide.
  const named = (el: ts.ImportSpecifier) => (el.propertyName ?? el.name).text;
  const b = clause.namedBindings;
  const defaultImport = clause.name ?? (b && ts.isNamedImports(b) ? b.elements.find((el) => !el.isTypeOnly && named(el) === 'default') : undefined);
  if (defaultImport) {
    st.report(defaultImport, `"${spec}" in Taskline provides only ${only.join(', ')}(): its default export (EventEmitter) is not available; `
      + `use EventTarget (addEventListener/dispatchEvent), or import { once } (line ${st.lineOf(defaultImport)})`);
    return false;
  }
  if (!b || !ts.isNamedImports(b)) return true;
  for (const el of b.elements) {
    const imported = named(el);
    if (el.isTypeOnly || only.includes(imported)) continue;
    st.report(el, `"${spec}" in Taskline provides only ${only.join(', ')}(): ${imported} is not available`
      + (imported === 'EventEmitter' ? '; use EventTarget (addEventListener/dispatchEvent)' : '') + ` (line ${st.lineOf(el)})`);
    return false;
  }
  return true;
}

function moduleObject(st: State, name: ModuleName): ts.Expression {
  return hookCall(st, 'module', [st.f.createStringLiteral(name)]);
}

function constStatement(st: State, decls: ts.VariableDeclaration[], range: ts.Node): ts.Statement[] {
  if (!decls.length) return [];
  const list = st.f.createVariableDeclarationList(decls, ts.NodeFlags.Const);
  return [ts.setTextRange(st.f.createVariableStatement(undefined, list), range)];
}

function importDeclarators(st: State, clause: ts.ImportClause, mod: ModuleName): ts.VariableDeclaration[] {
  const f = st.f;
  const whole = (name: string) => f.createVariableDeclaration(name, undefined, undefined, moduleObject(st, mod));
  const decls: ts.VariableDeclaration[] = [];
  if (clause.name) decls.push(whole(clause.name.text));
  const bindings = clause.namedBindings;
  if (bindings && ts.isNamespaceImport(bindings)) decls.push(whole(bindings.name.text));
  if (bindings && ts.isNamedImports(bindings)) {
    const elements: ts.BindingElement[] = [];
    for (const el of bindings.elements) {
      if (el.isTypeOnly) continue;
      const imported = el.propertyName ?? el.name;
      // `import { default as x }` is the module object itself (see abi ModuleName).
      if (imported.text === 'default') { decls.push(whole(el.name.text)); continue; }
      const key = el.propertyName
        ? (ts.isIdentifier(el.propertyName) ? f.createIdentifier(el.propertyName.text) : f.createStringLiteral(el.propertyName.text))
        : undefined;
      elements.push(f.createBindingElement(undefined, key, f.createIdentifier(el.name.text)));
    }
    if (elements.length) decls.push(f.createVariableDeclaration(f.createObjectBindingPattern(elements), undefined, undefined, moduleObject(st, mod)));
  }
  return decls;
}

function hasValueBinding(clause: ts.ImportClause | undefined): boolean {
  if (!clause) return true; // `import "x"` runs the module for its effects
  if (clause.isTypeOnly) return false;
  const b = clause.namedBindings;
  return !!clause.name || !b || ts.isNamespaceImport(b) || b.elements.length === 0 || b.elements.some((e) => !e.isTypeOnly);
}

/** `export type { T } from "./t"` and `export { type T } from …` are erased, so harmless. */
function isTypeOnlyExport(stmt: ts.ExportDeclaration): boolean {
  const clause = stmt.exportClause;
  return stmt.isTypeOnly || (!!clause && ts.isNamedExports(clause) && clause.elements.length > 0 && clause.elements.every((e) => e.isTypeOnly));
}

export interface ModuleStatementResult {
  hoisted: ts.Statement[];
  replacement: ts.Statement[];
}

/** Handles top-level import/export statements; undefined for any other statement. */
export function moduleStatement(st: State, stmt: ts.Statement): ModuleStatementResult | undefined {
  const none = { hoisted: [], replacement: [] };
  if (ts.isImportDeclaration(stmt)) {
    const clause = stmt.importClause;
    if (!hasValueBinding(clause)) return none;
    const spec = specifierText(stmt.moduleSpecifier);
    const mod = checkModule(st, stmt, spec);
    if (!mod || !clause || !checkNames(st, clause, spec, mod)) return none;
    return { hoisted: constStatement(st, importDeclarators(st, clause, mod), stmt), replacement: [] };
  }
  if (ts.isImportEqualsDeclaration(stmt) && ts.isExternalModuleReference(stmt.moduleReference)) {
    if (stmt.isTypeOnly) return none;
    const mod = checkModule(st, stmt, specifierText(stmt.moduleReference.expression));
    if (!mod) return none;
    const decl = st.f.createVariableDeclaration(stmt.name.text, undefined, undefined, moduleObject(st, mod));
    return { hoisted: constStatement(st, [decl], stmt), replacement: [] };
  }
  if (ts.isExportDeclaration(stmt)) {
    if (stmt.moduleSpecifier && !isTypeOnlyExport(stmt)) {
      st.report(stmt, `export … from "${specifierText(stmt.moduleSpecifier)}" is not supported: a program cannot re-export modules (line ${st.lineOf(stmt)})`);
    }
    return none;
  }
  if (ts.isNamespaceExportDeclaration(stmt)) return none;
  if (ts.isExportAssignment(stmt)) {
    const expr = st.visitExpression(stmt.expression);
    return { hoisted: [], replacement: [ts.setTextRange(st.f.createExpressionStatement(expr), stmt)] };
  }
  return undefined;
}

function isExportModifier(m: ts.ModifierLike): boolean {
  return m.kind === ts.SyntaxKind.ExportKeyword || m.kind === ts.SyntaxKind.DefaultKeyword;
}

export function hasExportModifier(stmt: ts.Statement): boolean {
  return ts.canHaveModifiers(stmt) && (ts.getModifiers(stmt)?.some(isExportModifier) ?? false);
}

/** Drops `export`/`default` from an already-instrumented declaration; a nameless default becomes an expression. */
export function stripExport(st: State, stmt: ts.Statement): ts.Statement {
  if (!ts.canHaveModifiers(stmt)) return stmt;
  const f = st.f;
  const kept = stmt.modifiers?.filter((m) => !isExportModifier(m)) as ts.Modifier[] | undefined;
  if (ts.isFunctionDeclaration(stmt) && !stmt.name) {
    const expr = f.createFunctionExpression(kept, stmt.asteriskToken, undefined, stmt.typeParameters, stmt.parameters, stmt.type, stmt.body!);
    return ts.setTextRange(f.createExpressionStatement(f.createParenthesizedExpression(ts.setTextRange(expr, stmt))), stmt);
  }
  if (ts.isClassDeclaration(stmt) && !stmt.name) {
    const expr = f.createClassExpression(kept, undefined, stmt.typeParameters, stmt.heritageClauses, stmt.members);
    return ts.setTextRange(f.createExpressionStatement(f.createParenthesizedExpression(ts.setTextRange(expr, stmt))), stmt);
  }
  return f.replaceModifiers(stmt as ts.Statement & ts.HasModifiers, kept ?? []) as ts.Statement;
}

/** `import("x")` and `import.meta` can appear anywhere; both are errors in a sandboxed script. */
export function checkImportExpression(st: State, node: ts.Node): void {
  if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
    st.report(node, `import() is not supported: only static imports (of "taskline", "asyncio", "node:timers/promises", "node:events") are allowed (line ${st.lineOf(node)})`);
  } else if (ts.isMetaProperty(node) && node.keywordToken === ts.SyntaxKind.ImportKeyword) {
    st.report(node, `import.meta is not available in a Taskline program (line ${st.lineOf(node)})`);
  }
}
