// Dates as lists show them. Fixed to UTC and ISO-like so the server's and browser's renderings
// agree (no hydration mismatch across time zones) and read the same for everyone.
export function shortDate(date: Date | string): string {
  const iso = (typeof date === 'string' ? new Date(date) : date).toISOString();
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}
