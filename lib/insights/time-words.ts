// Virtual durations in the words a learner uses: "3 s", "1.5 s", "250 ms".
export function timeWords(ms: number): string {
  if (ms >= 1000) return `${+(ms / 1000).toFixed(3)} s`;
  return `${+ms.toFixed(3)} ms`;
}
