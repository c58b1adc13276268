'use client';
// The /classes page's action: a teacher creates a class, a student joins one with its code.
import { InlineForm } from './InlineForm.tsx';

type Created = { classroom: { id: string } };

export function ClassActions({ role }: { role: 'teacher' | 'student' }) {
  return role === 'teacher' ? (
    <InlineForm label="New class name" button="Create class" url="/api/classes" field="name" testId="create-class"
      placeholder="Async patterns, period 3" maxLength={200} destination={(body) => `/classes/${(body as Created).classroom.id}`} />
  ) : (
    <InlineForm label="Join a class with the code your teacher gave you" button="Join" url="/api/classes/join" field="code" testId="join-class"
      placeholder="8 letters and digits" maxLength={8} destination={(body) => `/classes/${(body as Created).classroom.id}`} />
  );
}
