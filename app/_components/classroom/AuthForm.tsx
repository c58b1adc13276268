'use client';
// Sign-in and sign-up: posts JSON to the auth API, then continues to `next`. The error line keeps
// its room while empty, so an error appearing never moves the button.
import { useState, type FormEvent } from 'react';
import { errorText, sendJson } from './api-client.ts';

type Mode = 'signin' | 'signup';
const TITLE: Record<Mode, string> = { signin: 'Sign in', signup: 'Create an account' };

export function AuthForm({ mode, next }: { mode: Mode; next: string }) {
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [role, setRole] = useState<'teacher' | 'student'>('student');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError('');
    try {
      await sendJson(`/api/auth/${mode}`, 'POST', mode === 'signup' ? { username, password, role } : { username, password });
      window.location.assign(next);
    } catch (failure) {
      setError(errorText(failure));
      setBusy(false);
    }
  };

  const other = mode === 'signin' ? { href: '/signup', text: 'New here? Create an account' } : { href: '/signin', text: 'Have an account? Sign in' };
  return (
    <form className="card auth-form" onSubmit={submit} aria-labelledby="auth-title" data-testid={`${mode}-form`}>
      <h1 id="auth-title">{TITLE[mode]}</h1>
      <label className="field">
        <span className="field__label">Username</span>
        <input name="username" autoComplete="username" required minLength={3} maxLength={32} value={username}
          onChange={(e) => setUsername(e.target.value)} data-testid="auth-username" aria-describedby={mode === 'signup' ? 'username-hint' : undefined} />
        {mode === 'signup' && <span className="field__hint" id="username-hint">3–32 letters, digits, _ . or -</span>}
      </label>
      <label className="field">
        <span className="field__label">Password</span>
        <input name="password" type="password" autoComplete={mode === 'signup' ? 'new-password' : 'current-password'} required
          minLength={mode === 'signup' ? 8 : 1} value={password} onChange={(e) => setPassword(e.target.value)} data-testid="auth-password" />
        {mode === 'signup' && <span className="field__hint">At least 8 characters</span>}
      </label>
      {mode === 'signup' && (
        <fieldset className="field role-picker">
          <legend className="field__label">I am a</legend>
          {(['student', 'teacher'] as const).map((r) => (
            <label key={r} className="role-picker__option">
              <input type="radio" name="role" value={r} checked={role === r} onChange={() => setRole(r)} data-testid={`role-${r}`} />
              {r === 'student' ? 'Student' : 'Teacher'}
            </label>
          ))}
        </fieldset>
      )}
      <p className="form-error" role="alert" data-testid="auth-error">{error}</p>
      <button type="submit" className="primary-button" disabled={busy} data-testid="auth-submit">
        {busy ? 'Please wait…' : TITLE[mode]}
      </button>
      <p className="auth-form__other"><a href={other.href}>{other.text}</a></p>
    </form>
  );
}
