// The due date between a datetime-local input (the teacher's local time, no zone) and the API's
// ISO timestamp with offset.

const pad = (n: number) => String(n).padStart(2, '0');

export function toLocalInput(date: Date | string): string {
  const d = new Date(date);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** null when the field is empty or not a date. */
export function fromLocalInput(value: string): string | null {
  const d = new Date(value);
  return value && !Number.isNaN(d.getTime()) ? d.toISOString() : null;
}
