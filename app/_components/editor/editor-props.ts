// The contract between the always-loaded editor shell and the lazily loaded Monaco core.
import type { RunError } from '@/lib/runner/protocol.ts';
import type { CodeMark } from '@/lib/insights/index.ts';

export interface CodeEditorProps {
  code: string;
  onChange(code: string): void;
  /** Ctrl/Cmd+Enter inside the editor, with the editor's exact content at that instant. */
  onRun(code: string): void;
  theme: 'light' | 'dark';
  /** Declarations of the sandbox's built-ins (sleep, asyncio, Task…) for IntelliSense. */
  builtinsDts: string;
  /** The last run's compile/runtime error, shown as a marker; null clears it. */
  runError: RunError | null;
  /** The last run's located warnings and insights, shown as markers until the code is edited. */
  marks?: readonly CodeMark[];
  /** A read-only editor refuses typing (a shared snippet before "Fork to edit"). */
  readOnly?: boolean;
}
