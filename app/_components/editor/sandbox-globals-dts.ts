// The host globals the sandbox provides (console, performance, timers). The editor's lib is plain
// ES (the sandbox has no DOM), and builtins.d.ts expects these from a lib, so we declare them here.
export const SANDBOX_GLOBALS_DTS = `
declare const console: {
  log(...args: unknown[]): void; info(...args: unknown[]): void; warn(...args: unknown[]): void;
  error(...args: unknown[]): void; debug(...args: unknown[]): void; table(data: unknown): void;
};
declare const performance: { now(): number };
declare function setTimeout(callback: (...args: any[]) => void, ms?: number, ...args: any[]): number;
declare function setInterval(callback: (...args: any[]) => void, ms?: number, ...args: any[]): number;
declare function clearTimeout(id: number | undefined): void;
declare function clearInterval(id: number | undefined): void;
declare function queueMicrotask(callback: () => void): void;
`;
