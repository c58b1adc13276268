// Checks that every way prints what Taskline printed for the same program: exactly the same
// lines, or (real timers, whose ties at the same millisecond Node breaks its own way) the same
// lines in another order. Anything else is a different program run, and the benchmark stops.

export class OutputCheck {
  exact = 0;
  reordered = 0;

  private readonly expected: string;

  private readonly expectedSorted: string;

  constructor(expected: readonly string[]) {
    this.expected = expected.join('\n');
    this.expectedSorted = [...expected].sort().join('\n');
  }

  /** Records one run's console lines; throws if they are not Taskline's lines. */
  record(way: string, lines: readonly string[]): void {
    if (lines.join('\n') === this.expected) this.exact++;
    else if ([...lines].sort().join('\n') === this.expectedSorted) this.reordered++;
    else throw new Error(`${way} printed something else than Taskline:\n${lines.join('\n')}\n--- expected ---\n${this.expected}`);
  }

  /** E.g. "✓ 205/205" or "same lines 9/9, same order 6/9". */
  summary(): string {
    const total = this.exact + this.reordered;
    return this.reordered === 0 ? `✓ ${total}/${total}` : `same lines ${total}/${total}, same order ${this.exact}/${total}`;
  }
}
