// The per-compile state every transform step shares: which kind of function we are inside (so an
// `await` knows whose task id to report), the compile errors found so far, and node helpers.
import ts from 'typescript';

/** task: an async function body or the top level; generator: an async generator body; sync: anything else. */
export type Scope = 'task' | 'generator' | 'sync';

export interface Problem {
  pos: number;
  message: string;
}

export class State {
  scope: Scope = 'task';
  readonly problems: Problem[] = [];
  /** Statements that must move to the front of their statement list (async function declarations). */
  readonly hoisted = new WeakSet<ts.Node>();
  /** Some hook call refers to the user's source text (fn.toString()), so the program must carry it. */
  sourceUsed = false;
  /** The code is a classroom harness: its lines go negated into the location register (location.ts). */
  harness = false;
  /** Inside a function or class member that binds its own `this` (top-level `this` is undefined). */
  thisBound = false;
  /** Set once the source file is known; the visitor recurses through it. */
  visit: (node: ts.Node) => ts.VisitResult<ts.Node | undefined> = (node) => node;
  readonly sf: ts.SourceFile;
  readonly f: ts.NodeFactory;
  readonly ctx: ts.TransformationContext;

  constructor(sf: ts.SourceFile, ctx: ts.TransformationContext) {
    this.sf = sf;
    this.ctx = ctx;
    this.f = ctx.factory;
  }

  /** Runs fn with the scope switched, restoring it even if fn throws. */
  inScope<T>(scope: Scope, fn: () => T): T {
    const saved = this.scope;
    this.scope = scope;
    try {
      return fn();
    } finally {
      this.scope = saved;
    }
  }

  /** Runs fn with `thisBound` set: the code inside binds its own `this`. */
  bindingThis<T>(fn: () => T): T {
    const saved = this.thisBound;
    this.thisBound = true;
    try {
      return fn();
    } finally {
      this.thisBound = saved;
    }
  }

  visitExpression(node: ts.Expression): ts.Expression {
    return ts.visitNode(node, this.visit, ts.isExpression) ?? node;
  }

  /** Visits a statement in a single-statement slot; several results are wrapped in a block. */
  visitStatement(node: ts.Statement): ts.Statement {
    const lift = (nodes: readonly ts.Node[]) => (nodes.length === 1 ? nodes[0] : this.f.createBlock(nodes as ts.Statement[], true));
    return ts.visitNode(node, this.visit, ts.isStatement, lift) ?? node;
  }

  visitChildren<T extends ts.Node>(node: T): T {
    return ts.visitEachChild(node, this.visit, this.ctx);
  }

  /** 1-based line of the node's first token in the user's TypeScript. */
  lineOf(node: ts.Node): number {
    return this.sf.getLineAndCharacterOfPosition(node.getStart(this.sf)).line + 1;
  }

  report(node: ts.Node, message: string): void {
    this.problems.push({ pos: node.getStart(this.sf), message });
  }
}
