'use client';
// The editor marks for the shown run: its located warnings and insights, only while the editor
// still holds the code that ran (once edited, a line number would point at the wrong place).
import { useMemo } from 'react';
import type { RunResult } from '@/lib/runner/protocol.ts';
import { codeMarks, computeInsights, type CodeMark } from '@/lib/insights/index.ts';

const NONE: readonly CodeMark[] = [];

export function useCodeMarks(result: RunResult | null, ranCode: string | null, code: string): readonly CodeMark[] {
  const current = result !== null && ranCode !== null && ranCode === code;
  return useMemo(
    () => (current && result && ranCode !== null ? codeMarks(result, ranCode, computeInsights(result, ranCode)) : NONE),
    [current, result, ranCode],
  );
}
