'use client';
// One student's deadline overrides in the roster: their current extensions (each removable) and a
// small form to give one (assignment + new deadline), through PUT /api/assignments/<id>/extensions/<student>.
import { useState, type FormEvent } from 'react';
import { shortDate } from '../../_lib/dates.ts';
import { errorText, sendJson } from './api-client.ts';
import { fromLocalInput, toLocalInput } from './due-date.ts';
import '../styles/authoring.css';

export interface ExtensionItem { assignmentId: string; studentId: string; dueAt: Date | string }
export interface AssignmentChoice { id: string; title: string; dueAt: Date | string }

interface Props {
  student: { studentId: string; username: string };
  assignments: AssignmentChoice[];
  extensions: ExtensionItem[];
  onChange(next: ExtensionItem[]): void;
}

export function ExtensionEditor({ student, assignments, extensions, onChange }: Props) {
  const [open, setOpen] = useState(false);
  const [assignmentId, setAssignmentId] = useState(assignments[0]?.id ?? '');
  const [due, setDue] = useState('');
  const [error, setError] = useState('');
  const mine = extensions.filter((e) => e.studentId === student.studentId);
  const titleOf = (id: string) => assignments.find((a) => a.id === id)?.title ?? 'assignment';
  const url = (id: string) => `/api/assignments/${id}/extensions/${student.studentId}`;
  const others = extensions.filter((e) => e.studentId !== student.studentId);

  const give = async (event: FormEvent) => {
    event.preventDefault();
    const dueAt = fromLocalInput(due);
    if (!dueAt) return setError('Pick the new deadline.');
    setError('');
    try {
      const { extension } = await sendJson<{ extension: ExtensionItem }>(url(assignmentId), 'PUT', { dueAt });
      onChange([...others, ...mine.filter((e) => e.assignmentId !== assignmentId), extension]);
      setOpen(false);
    } catch (failure) {
      setError(errorText(failure));
    }
  };
  const clear = async (id: string) => {
    setError('');
    try {
      await sendJson(url(id), 'PUT', { dueAt: null });
      onChange([...others, ...mine.filter((e) => e.assignmentId !== id)]);
    } catch (failure) {
      setError(errorText(failure));
    }
  };
  const pick = (id: string) => {
    setAssignmentId(id);
    const a = assignments.find((x) => x.id === id);
    if (a && !due) setDue(toLocalInput(new Date(new Date(a.dueAt).getTime() + 24 * 60 * 60 * 1000)));
  };

  return (
    <div className="extensions" data-testid="extensions">
      {mine.map((e) => (
        <span key={e.assignmentId} className="badge badge--muted extension-chip" data-testid="extension-chip">
          {titleOf(e.assignmentId)}: until {shortDate(e.dueAt)}
          <button type="button" className="chip-remove" onClick={() => clear(e.assignmentId)} aria-label={`Remove ${student.username}'s extension on ${titleOf(e.assignmentId)}`}>×</button>
        </span>
      ))}
      {assignments.length > 0 && !open && (
        <button type="button" className="tool-button" onClick={() => { setOpen(true); pick(assignmentId); }} data-testid="extend-button"
          aria-label={`Give ${student.username} an extension`}>Extend</button>
      )}
      {open && (
        <form className="extension-form" onSubmit={give} data-testid="extension-form">
          <select value={assignmentId} onChange={(e) => pick(e.target.value)} aria-label="Assignment" data-testid="extension-assignment">
            {assignments.map((a) => <option key={a.id} value={a.id}>{a.title}</option>)}
          </select>
          <input type="datetime-local" value={due} onChange={(e) => setDue(e.target.value)} aria-label="New deadline (your local time)" required data-testid="extension-due" />
          <button type="submit" className="primary-button" data-testid="extension-save">Save</button>
          <button type="button" className="tool-button" onClick={() => setOpen(false)}>Cancel</button>
        </form>
      )}
      {error && <span className="form-error" role="alert">{error}</span>}
    </div>
  );
}
