// Finds the source lines of calls the trace names (the trace knows *what* ran, by function name,
// but not where it was called), so insights and warnings can point into the editor.

const escape = (name: string) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Lines (1-based) of the code; comments are kept so line numbers stay right. */
function linesOf(code: string): string[] {
  return code.split('\n');
}

/** A function's own declaration line is not a call of it. */
function isDeclaration(line: string, name: string): boolean {
  return new RegExp(`\\bfunction\\s*\\*?\\s*${escape(name)}\\s*\\(|\\b${escape(name)}\\s*=\\s*(async\\b|function\\b|\\()`).test(line);
}

/** Lines where `await name(` appears: a call whose caller waited for it right away. */
export function awaitedCallLines(code: string, name: string): number[] {
  const pattern = new RegExp(`\\bawait\\s+(?:[\\w$]+\\.)*${escape(name)}\\s*\\(`);
  return linesOf(code).flatMap((line, i) => (pattern.test(line) ? [i + 1] : []));
}

/** Lines that call `name(` without awaiting it on that line (createTask, gather, a floating call). */
export function unawaitedCallLines(code: string, name: string): number[] {
  const call = new RegExp(`(?:^|[^\\w$.])${escape(name)}\\s*\\(`);
  const awaited = new RegExp(`\\bawait\\s+(?:[\\w$]+\\.)*${escape(name)}\\s*\\(`);
  return linesOf(code).flatMap((line, i) =>
    call.test(line) && !awaited.test(line) && !isDeclaration(line, name) ? [i + 1] : []);
}

/** Lines calling `fn(` whose first argument, read as a number, equals `value` (e.g. blockFor(2000)). */
export function callLinesWithArg(code: string, fn: string, value: number): number[] {
  const pattern = new RegExp(`\\b${escape(fn)}\\s*\\(\\s*([^,)]*)`);
  return linesOf(code).flatMap((line, i) => {
    const match = pattern.exec(line);
    return match && Number(match[1].replace(/_/g, '')) === value ? [i + 1] : [];
  });
}

/** Lines calling `fn(` at all. */
export function callLines(code: string, fn: string): number[] {
  const pattern = new RegExp(`\\b${escape(fn)}\\s*\\(`);
  return linesOf(code).flatMap((line, i) => (pattern.test(line) && !isDeclaration(line, fn) ? [i + 1] : []));
}

/** Lines with `.forEach(async` : an async callback forEach cannot wait for. */
export function forEachAsyncLines(code: string): number[] {
  return linesOf(code).flatMap((line, i) => (/\.forEach\s*\(\s*async\b/.test(line) ? [i + 1] : []));
}

/** The "(line N)" the scheduler appends to what a task was waiting for; null when absent. */
export function lineInMessage(message: string): number | null {
  const match = /\(line (\d+)\)/.exec(message);
  return match ? Number(match[1]) : null;
}

/** The first `throw` inside `function name` (up to the next top-level function), or null. */
export function throwLineIn(code: string, name: string): number | null {
  const lines = linesOf(code);
  const start = lines.findIndex((line) => isDeclaration(line, name));
  if (start < 0) return null;
  for (let i = start + 1; i < lines.length; i++) {
    if (/^(async\s+)?function\b/.test(lines[i])) break;
    if (/\bthrow\b/.test(lines[i])) return i + 1;
  }
  return null;
}
