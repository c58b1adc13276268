import { describe, expect, it } from 'vitest';
import { codeDiff } from './code-diff.ts';

describe('codeDiff', () => {
  it('marks the removed and the added line of an edit, with context', () => {
    const ran = 'a\nb\nawait sleep(3000);\nc\nd\n';
    const now = 'a\nb\nawait sleep(1000);\nc\nd\n';
    expect(codeDiff(ran, now)).toEqual([
      { kind: 'same', text: 'a' }, { kind: 'same', text: 'b' },
      { kind: 'removed', text: 'await sleep(3000);' }, { kind: 'added', text: 'await sleep(1000);' },
      { kind: 'same', text: 'c' }, { kind: 'same', text: 'd' },
    ]);
  });

  it('folds far-away unchanged lines into one ellipsis', () => {
    const ran = Array.from({ length: 20 }, (_, i) => `line ${i}`).join('\n');
    const now = ran.replace('line 10', 'line ten');
    const diff = codeDiff(ran, now);
    expect(diff.filter((l) => l.kind !== 'same').map((l) => l.text)).toEqual(['line 10', 'line ten']);
    expect(diff[0]).toEqual({ kind: 'same', text: '…' });
    expect(diff.at(-1)).toEqual({ kind: 'same', text: '…' });
    expect(diff.length).toBe(2 + 2 * 2 + 2);
  });

  it('is empty of changes for identical code', () => {
    expect(codeDiff('x\n', 'x\n').every((l) => l.kind === 'same')).toBe(true);
  });
});
