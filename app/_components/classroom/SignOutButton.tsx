'use client';
// Sign-out: ends the session on the server, then leaves for the sign-in page.
import { useState } from 'react';
import { errorText, sendJson } from './api-client.ts';

export function SignOutButton() {
  const [busy, setBusy] = useState(false);
  const signOut = async () => {
    setBusy(true);
    try {
      await sendJson('/api/auth/signout', 'POST');
      window.location.assign('/signin');
    } catch (error) {
      setBusy(false);
      window.alert(`Could not sign out: ${errorText(error)}`);
    }
  };
  return (
    <button type="button" className="tool-button" data-testid="sign-out" onClick={signOut} disabled={busy}>
      Sign out
    </button>
  );
}
