'use client';
// State and actions of a snippet page: the edited title and code, the shown run, the history,
// and Save / Fork / Run again against the snippet API.
import { useCallback, useState } from 'react';
import type { RunDetail, RunRecord, SnippetResponse } from '@/lib/api/snippet-response.ts';
import type { RunResult } from '@/lib/runner/protocol.ts';
import { forkSnippet, runSnippet, updateSnippet } from '../../_lib/snippet-client.ts';
import { requestRun } from '../../_lib/run-client.ts';
import { useOwnerLinkSecret } from './use-owner-link.ts';

export type Notice = { tone: 'ok' | 'error'; text: string; href?: string } | null;

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));
const recordOf = ({ result: _result, ...record }: RunDetail): RunRecord => record;

/** A visitor's run of the saved code: shown, never stored (only the owner stores runs). */
function unsavedRun(snippetId: string, code: string, result: RunResult): RunDetail {
  return {
    id: 'unsaved', snippetId, status: result.status, virtualMs: result.virtualMs, wallMs: result.stats.wallMs, cpuMs: result.stats.cpuMs,
    taskCount: result.tasks.length, codeHash: '', runnerVersion: '', createdAt: new Date().toISOString(), result, code,
  };
}

export function useSnippetSession(snippet: SnippetResponse, initialRuns: RunRecord[]) {
  const linkSecret = useOwnerLinkSecret(snippet.id);
  const isOwner = snippet.isOwner || linkSecret !== null;
  const [saved, setSaved] = useState({ title: snippet.title, code: snippet.code });
  const [title, setTitle] = useState(snippet.title);
  const [code, setCode] = useState(snippet.code);
  const [run, setRun] = useState<RunDetail | null>(snippet.latestRun);
  const [runs, setRuns] = useState(initialRuns);
  const [busy, setBusy] = useState<'save' | 'fork' | 'run' | null>(null);
  const [notice, setNotice] = useState<Notice>(null);
  const dirty = code !== saved.code || title !== saved.title;

  const save = useCallback(async () => {
    setBusy('save');
    try {
      const next = await updateSnippet(snippet.id, { title, code }, linkSecret);
      setSaved({ title: next.title, code: next.code });
      setNotice({ tone: 'ok', text: 'Saved.' });
    } catch (error) {
      setNotice({ tone: 'error', text: `Could not save: ${messageOf(error)}` });
    } finally {
      setBusy(null);
    }
  }, [snippet.id, title, code, linkSecret]);

  const fork = useCallback(async () => {
    setBusy('fork');
    try {
      const created = await forkSnippet(snippet.id);
      // Edits made before forking belong in the fork; its owner cookie was just set, so PUT works.
      if (code !== created.snippet.code) await updateSnippet(created.id, { code }, null);
      window.location.assign(created.url);
    } catch (error) {
      setNotice({ tone: 'error', text: `Could not fork: ${messageOf(error)}` });
      setBusy(null);
    }
  }, [snippet.id, code]);

  const runAgain = useCallback(async (exact?: string) => {
    setBusy('run');
    try {
      // The owner runs exactly what is in the editor and stores the run; anyone else re-runs the
      // saved code without storing it (the API's rule: only the owner writes to the history).
      if (!isOwner) return setRun(unsavedRun(snippet.id, snippet.code, await requestRun(snippet.code, new AbortController().signal)));
      const next = await runSnippet(snippet.id, exact ?? code, linkSecret);
      setRun(next);
      setRuns((list) => [recordOf(next), ...list]);
    } catch (error) {
      setNotice({ tone: 'error', text: `Could not run: ${messageOf(error)}` });
    } finally {
      setBusy(null);
    }
  }, [snippet.id, code, isOwner, linkSecret]);

  return { isOwner, title, setTitle, code, setCode, saved, dirty, run, runs, busy, notice, setNotice, save, fork, runAgain };
}
