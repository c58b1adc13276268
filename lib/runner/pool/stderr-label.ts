// A sandbox worker's stderr, passed on to ours with every line labelled: a V8 abort's native stack
// or "heap out of memory" report (which tests provoke on purpose) then reads as the worker's, not
// as a failure of the process whose log it lands in.

/** Prefixes every line of a byte stream, across chunk boundaries. */
export class LineLabeller {
  private atLineStart = true;
  private readonly label: string;

  constructor(label: string) {
    this.label = label;
  }

  apply(chunk: Buffer | string): string {
    const text = chunk.toString();
    let out = '';
    for (const piece of text.split(/(?<=\n)/)) {
      if (piece === '') continue;
      if (this.atLineStart) out += this.label;
      out += piece;
      this.atLineStart = piece.endsWith('\n');
    }
    return out;
  }
}

/** The label of a worker's lines: `[sandbox worker 1234] `. */
export const workerStderrLabel = (pid: number | undefined) => `[sandbox worker ${pid ?? '?'}] `;
