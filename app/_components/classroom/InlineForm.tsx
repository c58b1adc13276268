'use client';
// A one-field form that posts to the API and then navigates: "create class", "join with code".
// Shared so both read and fail the same way.
import { useState, type FormEvent } from 'react';
import { errorText, sendJson } from './api-client.ts';

interface Props {
  label: string;
  button: string;
  url: string;
  field: string;
  testId: string;
  placeholder?: string;
  maxLength: number;
  /** Where to go with the API's answer. */
  destination(body: unknown): string;
}

export function InlineForm({ label, button, url, field, testId, placeholder, maxLength, destination }: Props) {
  const [value, setValue] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError('');
    try {
      window.location.assign(destination(await sendJson(url, 'POST', { [field]: value })));
    } catch (failure) {
      setError(errorText(failure));
      setBusy(false);
    }
  };
  return (
    <form className="inline-form" onSubmit={submit} data-testid={testId}>
      <label className="field">
        <span className="field__label">{label}</span>
        <span className="inline-form__row">
          <input value={value} onChange={(e) => setValue(e.target.value)} required maxLength={maxLength} placeholder={placeholder}
            data-testid={`${testId}-input`} />
          <button type="submit" className="primary-button" disabled={busy} data-testid={`${testId}-submit`}>{button}</button>
        </span>
      </label>
      <p className="form-error" role="alert">{error}</p>
    </form>
  );
}
