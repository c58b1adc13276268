// The location register: every loop iteration and every plain function entry writes its source
// line into a small array the host made before user code ran, so after the CPU limit stops a
// program the host reads where it was (the loop on line N), not a guess from the source text.
// One store of a small integer per site into a plain array: a call counter (read-modify-write)
// doubled a tight loop's cost, and an Int32Array cost +40% where a plain array costs nothing measurable.
import ts from 'typescript';
import { splitDirectives } from './hooks.ts';
import type { State } from './state.ts';

/** Global the host sets to the register just before the program runs; the program's first line takes it and deletes it. */
export const LOCATION_GLOBAL = '__tl_loc';
/** The register's local inside the program (reserved prefix: user code cannot name it). */
export const LOCATION_LOCAL = '__tl_L';
/**
 * Slots: the line of the loop whose iteration began last (cleared when a loop ends normally, so a
 * finished loop is not blamed for what runs after it), and the line of the function entered last.
 */
export const LOOP_SLOT = 0;
export const FUNCTION_SLOT = 1;
export const LOCATION_SLOTS = 2;

/**
 * Taken on the program's first line, before any user statement. `this` there is the script's global
 * object (the wrapper is an arrow, and user code cannot rebind `this`); a name such as `globalThis`
 * could be shadowed by a hoisted user declaration. The fallback only serves programs run without
 * the host's register (tests that evaluate a compiled program by hand).
 */
export const LOCATION_PROLOGUE = `const ${LOCATION_LOCAL} = this.${LOCATION_GLOBAL} ?? [0, 0]; delete this.${LOCATION_GLOBAL};`;

/** Harness lines are stored negated, so the host can tell them from the student's. */
function signedLine(st: State, node: ts.Node, harness: boolean): number {
  const line = st.lineOf(node);
  return harness ? -line : line;
}

function slot(st: State, index: number): ts.ElementAccessExpression {
  return st.f.createElementAccessExpression(st.f.createIdentifier(LOCATION_LOCAL), index);
}

function lineLiteral(st: State, line: number): ts.Expression {
  const f = st.f;
  return line < 0 ? f.createPrefixMinus(f.createNumericLiteral(-line)) : f.createNumericLiteral(line);
}

/** `__tl_L[0] = <line>;`: a loop iteration, or after a loop that ended normally, the loop around it (0 for none). */
function loopStatement(st: State, line: number): ts.Statement {
  return st.f.createExpressionStatement(st.f.createAssignment(slot(st, LOOP_SLOT), lineLiteral(st, line)));
}

/** `__tl_L[1] = <line>` */
function entryExpression(st: State, line: number): ts.Expression {
  return st.f.createAssignment(slot(st, FUNCTION_SLOT), lineLiteral(st, line));
}

function prependTo(st: State, body: ts.Statement, first: ts.Statement): ts.Statement {
  return ts.isBlock(body)
    ? st.f.updateBlock(body, [first, ...body.statements])
    : st.f.createBlock([first, body], true);
}

/** The loop (already visited) with the register write first in its body. */
function markLoop(st: State, original: ts.IterationStatement, loop: ts.IterationStatement, harness: boolean): ts.IterationStatement {
  const f = st.f;
  const first = loopStatement(st, signedLine(st, original, harness));
  if (ts.isWhileStatement(loop)) return f.updateWhileStatement(loop, loop.expression, prependTo(st, loop.statement, first));
  if (ts.isDoStatement(loop)) return f.updateDoStatement(loop, prependTo(st, loop.statement, first), loop.expression);
  if (ts.isForStatement(loop)) return f.updateForStatement(loop, loop.initializer, loop.condition, loop.incrementor, prependTo(st, loop.statement, first));
  if (ts.isForInStatement(loop)) return f.updateForInStatement(loop, loop.initializer, loop.expression, prependTo(st, loop.statement, first));
  if (ts.isForOfStatement(loop)) return f.updateForOfStatement(loop, loop.awaitModifier, loop.initializer, loop.expression, prependTo(st, loop.statement, first));
  return loop;
}

/**
 * Marks the loop among a visitor's results, and clears the loop slot after it (`break` lands there
 * too; `return` and `throw` skip it). A labelled loop gets no clear: `continue label` needs the
 * label on the loop itself, not on a block around it.
 */
export function withLoopMark(st: State, original: ts.IterationStatement, out: ts.VisitResult<ts.Node | undefined>, harness: boolean): ts.VisitResult<ts.Node | undefined> {
  const mark = (node: ts.Node): ts.Node => (ts.isIterationStatement(node, false) ? markLoop(st, original, node, harness) : node);
  const marked = Array.isArray(out) ? (out as readonly ts.Node[]).map(mark) : out ? [mark(out as ts.Node)] : [];
  if (ts.isLabeledStatement(original.parent)) return marked;
  return [...marked, loopStatement(st, enclosingLoopLine(st, original, harness))];
}

/** After an inner loop ends, the loop around it (in the same function) is the one running again. */
function enclosingLoopLine(st: State, loop: ts.Node, harness: boolean): number {
  for (let node = loop.parent; node && !ts.isSourceFile(node); node = node.parent) {
    if (ts.isFunctionLike(node) || ts.isClassStaticBlockDeclaration(node)) return 0;
    if (ts.isIterationStatement(node, false) && !(ts.isForOfStatement(node) && node.awaitModifier)) return signedLine(st, node, harness);
  }
  return 0;
}

type PlainFunction = ts.FunctionDeclaration | ts.FunctionExpression | ts.ArrowFunction | ts.MethodDeclaration;

/** A plain (not async) function, already visited, with the register write first in its body: recursion is located by it. */
export function withEntryMark<T extends ts.Node>(st: State, original: PlainFunction, fn: T, harness: boolean): T {
  const f = st.f;
  const line = signedLine(st, original, harness);
  const node = fn as ts.Node;
  if (ts.isArrowFunction(node)) {
    const body = ts.isBlock(node.body)
      ? f.updateBlock(node.body, withEntry(st, node.body.statements, line, original))
      : f.createParenthesizedExpression(f.createComma(mapped(st, entryExpression(st, line), original.body!), node.body));
    return f.updateArrowFunction(node, node.modifiers, node.typeParameters, node.parameters, node.type, node.equalsGreaterThanToken, body) as unknown as T;
  }
  if (!(ts.isFunctionDeclaration(node) || ts.isFunctionExpression(node) || ts.isMethodDeclaration(node)) || !node.body) return fn;
  const body = f.updateBlock(node.body, withEntry(st, node.body.statements, line, original));
  if (ts.isFunctionDeclaration(node)) {
    return f.updateFunctionDeclaration(node, node.modifiers, node.asteriskToken, node.name, node.typeParameters, node.parameters, node.type, body) as unknown as T;
  }
  if (ts.isFunctionExpression(node)) {
    return f.updateFunctionExpression(node, node.modifiers, node.asteriskToken, node.name, node.typeParameters, node.parameters, node.type, body) as unknown as T;
  }
  return f.updateMethodDeclaration(node, node.modifiers, node.asteriskToken, node.name, node.questionToken, node.typeParameters, node.parameters, node.type, body) as unknown as T;
}

/**
 * The write goes first in the body, mapped to the body's first statement: V8 checks the stack on
 * entry, so a stack overflow is reported here and must still point at the user's line.
 */
function withEntry(st: State, statements: readonly ts.Statement[], line: number, original: PlainFunction): ts.Statement[] {
  const [directives, rest] = splitDirectives(statements);
  const entry = st.f.createExpressionStatement(entryExpression(st, line));
  const body = original.body!;
  mapTo(st, entry, ts.isBlock(body) ? (splitDirectives(body.statements)[1][0] ?? body) : body);
  return [...directives, entry, ...rest];
}

function mapped<T extends ts.Node>(st: State, node: T, user: ts.Node): T {
  mapTo(st, node, user);
  return node;
}

/** Maps a synthesized node to a user node's text, so a position inside it reports the user's line. */
function mapTo(st: State, node: ts.Node, user: ts.Node): void {
  if (user.pos >= 0) ts.setSourceMapRange(node, { pos: user.getStart(st.sf), end: user.end });
}

/** What the register held when the program stopped: the loop (or, with no loop iteration for a while, the function) to point at. */
export interface StoppedAt {
  line: number;
  file?: 'harness';
  what: 'loop' | 'function';
}

/**
 * Reads the register's slots (as copied out of the isolate); undefined when it says nothing. A loop
 * still running wins over the functions it calls; with none, the function entered last (runaway
 * recursion) is the place.
 */
export function stoppedAt(slots: ArrayLike<number> | undefined): StoppedAt | undefined {
  if (!slots || slots.length < LOCATION_SLOTS) return undefined;
  const loop = Number(slots[LOOP_SLOT]), fn = Number(slots[FUNCTION_SLOT]);
  const pick = loop !== 0 ? { line: loop, what: 'loop' as const } : fn !== 0 ? { line: fn, what: 'function' as const } : undefined;
  if (!pick || !Number.isInteger(pick.line)) return undefined;
  return pick.line < 0 ? { line: -pick.line, file: 'harness', what: pick.what } : pick;
}
