// The program a harness check runs: the student's code, then the harness, in one sandbox run.
// Concatenated before compiling so every student line keeps its own line number.

export function withHarness(studentCode: string, harnessCode: string): string {
  return `${studentCode}\n${harnessCode}`;
}
