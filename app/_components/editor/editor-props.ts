// The contract between the always-loaded editor shell and the lazily loaded Monaco core.
import type { RunError } from '@/lib/runner/protocol';

export interface CodeEditorProps {
  code: string;
  onChange(code: string): void;
  /** Ctrl/Cmd+Enter inside the editor. */
  onRun(): void;
  theme: 'light' | 'dark';
  /** Declarations of the sandbox's built-ins (sleep, asyncio, Task…) for IntelliSense. */
  builtinsDts: string;
  /** The last run's compile/runtime error, shown as a marker; null clears it. */
  runError: RunError | null;
}
