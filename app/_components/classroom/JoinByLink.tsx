'use client';
// The join link's one button: POST the code to the join API, then open the class.
import { useState } from 'react';
import { errorText, sendJson } from './api-client.ts';

export function JoinByLink({ code }: { code: string }) {
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const join = async () => {
    setBusy(true);
    setError('');
    try {
      const { classroom } = await sendJson<{ classroom: { id: string } }>('/api/classes/join', 'POST', { code });
      window.location.assign(`/classes/${classroom.id}`);
    } catch (failure) {
      setError(errorText(failure));
      setBusy(false);
    }
  };
  return (
    <>
      <p>You were invited to a class with the code <code className="join-code__value">{code}</code>.</p>
      <button type="button" className="primary-button" onClick={join} disabled={busy} data-testid="join-by-link">{busy ? 'Joining…' : 'Join the class'}</button>
      <p className="form-error" role="alert">{error}</p>
    </>
  );
}
