'use client';
// The Submit action: posts the code for grading and keeps the student's submissions, newest
// first, with the latest grade (hidden checks only counted) and its run for the timeline.
import { useCallback, useState } from 'react';
import type { RunResult } from '@/lib/runner/protocol.ts';
import type { StudentGrade } from '@/lib/classroom/redact.ts';
import { errorText, sendJson } from './api-client.ts';
import type { SubmissionItem } from './SubmissionList.tsx';

export interface Graded {
  submission: SubmissionItem;
  result: RunResult;
  grade: StudentGrade;
}

export function useSubmit(assignmentId: string, initial: { submissions: SubmissionItem[]; latest: Graded | null }) {
  const [submissions, setSubmissions] = useState(initial.submissions);
  const [latest, setLatest] = useState(initial.latest);
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const submit = useCallback(async (code: string): Promise<Graded | null> => {
    setSubmitting(true);
    setError(null);
    try {
      const graded = await sendJson<Graded>(`/api/assignments/${assignmentId}/submissions`, 'POST', { code });
      const { hidden, hiddenFailedKinds } = graded.grade;
      setSubmissions((all) => [{ ...graded.submission, hidden: { ...hidden, failedKinds: hiddenFailedKinds ?? [] } }, ...all]);
      setLatest(graded);
      return graded;
    } catch (failure) {
      setError(`Submission failed: ${errorText(failure)}`);
      return null;
    } finally {
      setSubmitting(false);
    }
  }, [assignmentId]);

  return { submissions, latest, submitting, error, submit };
}
