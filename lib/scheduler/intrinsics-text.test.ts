// The in-isolate text helpers give exactly what split/replaceAll give, and never consult
// [Symbol.split]/[Symbol.replace], which a program may redefine. (They return prototype-less arrays.)
import { afterEach, describe, expect, it } from 'vitest';
import { replaceAllText, splitAfterNewlines, splitText } from './intrinsics.ts';

const SAMPLES = ['', '\n', 'a', 'a\n', '\na', 'a\nb', 'a\n\nb\n', '\n\n\n', 'line 1\nline 2\nline 3', 'x\r\ny'];
const proto = String.prototype as unknown as Record<symbol, unknown>;
const saved = { split: proto[Symbol.split], replace: proto[Symbol.replace] };
afterEach(() => {
  proto[Symbol.split] = saved.split;
  proto[Symbol.replace] = saved.replace;
});

describe('in-isolate text helpers', () => {
  it.each(SAMPLES)('match the native results for %j', (s) => {
    expect(Array.from(splitText(s, '\n'))).toEqual(s.split('\n'));
    expect(Array.from(splitAfterNewlines(s))).toEqual(s.split(/(?<=\n)/));
    expect(replaceAllText(s, '\n', '\n  ')).toBe(s.replaceAll('\n', '\n  '));
    expect(replaceAllText(s, 'ab', '-')).toBe(s.replaceAll('ab', '-'));
  });

  it('ignore a redefined String.prototype[Symbol.split] and [Symbol.replace]', () => {
    proto[Symbol.split] = () => ['forged'];
    proto[Symbol.replace] = () => 'forged';
    expect(Array.from(splitText('a\nb', '\n'))).toEqual(['a', 'b']);
    expect(replaceAllText('a\nb', '\n', '|')).toBe('a|b');
  });
});
