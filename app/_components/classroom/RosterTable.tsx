'use client';
// The class roster for its teacher: per student their deadline extensions (ExtensionEditor) and a
// Remove button. Removing asks first: a removed student cannot rejoin with the code.
import { useState } from 'react';
import { errorText, sendJson } from './api-client.ts';
import { shortDate } from '../../_lib/dates.ts';
import '../styles/authoring.css';
import { ExtensionEditor, type AssignmentChoice, type ExtensionItem } from './ExtensionEditor.tsx';

interface Student { studentId: string; username: string; joinedAt: Date | string }

interface Props { classId: string; roster: Student[]; assignments?: AssignmentChoice[]; extensions?: ExtensionItem[] }

export function RosterTable({ classId, roster, assignments = [], extensions: initialExtensions = [] }: Props) {
  const [students, setStudents] = useState(roster);
  const [extensions, setExtensions] = useState(initialExtensions);
  const [error, setError] = useState('');
  const remove = async (student: Student) => {
    if (!window.confirm(`Remove ${student.username} from this class? They will not be able to submit or rejoin.`)) return;
    setError('');
    try {
      await sendJson(`/api/classes/${classId}/students/${student.studentId}`, 'DELETE');
      setStudents((all) => all.filter((s) => s.studentId !== student.studentId));
    } catch (failure) {
      setError(`Could not remove ${student.username}: ${errorText(failure)}`);
    }
  };
  if (!students.length) return <p className="muted" data-testid="roster-empty">No students yet. Give them the join code.</p>;
  return (
    <>
      <div className="table-scroll">
      <table className="data-table" data-testid="roster">
        <thead><tr><th scope="col">Student</th><th scope="col" className="roster__joined">Joined</th><th scope="col">Deadline extensions</th><th scope="col"><span className="visually-hidden">Actions</span></th></tr></thead>
        <tbody>
          {students.map((s) => (
            <tr key={s.studentId} data-testid="roster-row" data-username={s.username}>
              <th scope="row">{s.username}</th>
              <td className="roster__joined">{shortDate(s.joinedAt)}</td>
              <td><ExtensionEditor student={s} assignments={assignments} extensions={extensions} onChange={setExtensions} /></td>
              <td className="data-table__actions">
                <button type="button" className="tool-button tool-button--danger" onClick={() => remove(s)} aria-label={`Remove ${s.username}`}>Remove</button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      </div>
      <p className="form-error" role="alert">{error}</p>
    </>
  );
}
