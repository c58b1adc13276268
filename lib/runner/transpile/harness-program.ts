// A classroom harness program: the student's code, then the teacher's harness compiled on its
// own (its own line numbers and source map) as a closure inside the student's top level, so it
// sees the student's declarations while the student sees none of its own. The closure is only
// registered there; the scheduler runs it as its own phase once the program has finished.
import ts from 'typescript';
import { HARNESS_MARK, HOOKS_PARAM, TASK_PARAM } from '../../scheduler/abi.ts';
import { PROGRAM_PREFIX, PROGRAM_SUFFIX, positionMapper, transpileBody, type CompileOutput } from './compile.ts';

/** The harness closure's opening line: the real assert/expect arrive as parameters (see harness-phase.ts). */
export const HARNESS_OPEN = `${HOOKS_PARAM}.harness(async (${TASK_PARAM}, assert, expect) => {`;
const HARNESS_CLOSE = '});';

const lineCount = (text: string) => text.split('\n').length - 1;

const markBefore = <T extends ts.Node>(node: T): T =>
  ts.addSyntheticLeadingComment(node, ts.SyntaxKind.MultiLineCommentTrivia, HARNESS_MARK, false);

/**
 * Puts HARNESS_MARK inside every harness function and class, so the isolate can refuse their
 * toString(): before a body's first statement, an expression body, or the first parameter of an
 * empty function. (Rewritten nodes have no parent, so marks are placed from the function itself.)
 */
const markFunctions: ts.TransformerFactory<ts.SourceFile> = (ctx) => (sf) => {
  const visit = (node: ts.Node): ts.Node => {
    const out = ts.visitEachChild(node, visit, ctx);
    if (ts.isFunctionLike(out) && 'body' in out && out.body) {
      const body = out.body as ts.ConciseBody;
      if (!ts.isBlock(body)) markBefore(body);
      else if (body.statements.length) markBefore(body.statements[0]!);
      else if (out.parameters.length) markBefore(out.parameters[0]!);
    }
    if (ts.isClassLike(out) && out.members.length) markBefore(out.members[0]!);
    return out;
  };
  return ts.visitEachChild(sf, visit, ctx);
};

export function compileHarnessProgram(studentSource: string, harnessSource: string): CompileOutput {
  try {
    const student = transpileBody(studentSource);
    if (!student.ok) return student;
    const harness = transpileBody(harnessSource, [markFunctions], true);
    if (!harness.ok) return { ok: false, error: { ...harness.error, file: 'harness' } };
    const studentLines = lineCount(student.body.text);
    const program = `${PROGRAM_PREFIX}${student.body.registration}\n${student.body.text}${HARNESS_OPEN}\n${harness.body.text}${HARNESS_CLOSE}\n${PROGRAM_SUFFIX}`;
    const inStudent = positionMapper(student.body.sourceMap, 2);
    const harnessFirstLine = studentLines + 3;
    const inHarness = positionMapper(harness.body.sourceMap, harnessFirstLine);
    const mapPosition = (line: number, column: number) =>
      line < harnessFirstLine - 1 ? inStudent(line, column) : { ...inHarness(line, column), file: 'harness' as const };
    return { ok: true, program, mapPosition };
  } catch (e) {
    return { ok: false, error: { name: 'CompileError', message: `internal compiler error: ${(e as Error)?.message ?? e}`, line: 0, column: 0 } };
  }
}
