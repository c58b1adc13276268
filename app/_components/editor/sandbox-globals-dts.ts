// The host globals the sandbox provides (console, performance, timers). The editor's lib is plain
// ES (the sandbox has no DOM), and builtins.d.ts expects these from a lib, so we declare them here.
export const SANDBOX_GLOBALS_DTS = `
declare const console: {
  log(...args: unknown[]): void; info(...args: unknown[]): void; warn(...args: unknown[]): void;
  error(...args: unknown[]): void; debug(...args: unknown[]): void; table(data: unknown): void;
};
/** builtins.d.ts adds User Timing (mark, measure…) to this interface. */
interface TasklinePerformance { now(): number }
declare const performance: TasklinePerformance;
/** Node's Timeout: what setTimeout/setInterval return. */
interface TasklineTimeout {
  ref(): this; unref(): this; hasRef(): boolean; refresh(): this; close(): this; [Symbol.toPrimitive](): number;
}
declare function setTimeout(callback: (...args: any[]) => void, ms?: number, ...args: any[]): TasklineTimeout;
declare function setInterval(callback: (...args: any[]) => void, ms?: number, ...args: any[]): TasklineTimeout;
declare function clearTimeout(id: TasklineTimeout | number | string | undefined): void;
declare function clearInterval(id: TasklineTimeout | number | string | undefined): void;
declare function queueMicrotask(callback: () => void): void;
`;
