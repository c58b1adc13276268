// asyncio's end-of-run warnings: a task that failed and whose exception nobody retrieved
// (CPython logs "Task exception was never retrieved" when such a task is collected), and a
// coroutine object nobody ran ("coroutine 'f' was never awaited").
import { onFinish, thrown } from '../ending.ts';
import { evWarn } from '../trace.ts';
import { shortName } from '../tasks.ts';
import { unretrievedCores } from './task.ts';
import { neverStarted } from './coro.ts';

onFinish(() => {
  const coros = neverStarted();
  for (let i = 0; i < coros.length; i++) {
    const c = coros[i];
    c.consumed = true;
    evWarn('never-awaited', "coroutine '" + c.name + "' was never awaited" + (c.line > 0 ? ' (line ' + c.line + ')' : ''), null);
  }
  const cores = unretrievedCores();
  for (let i = 0; i < cores.length; i++) {
    const core = cores[i];
    core.logTraceback = false;
    const err = thrown(core.value);
    evWarn('unhandled-rejection', 'Task exception was never retrieved: task ' + shortName(core.rec)
      + (core.line > 0 ? ' (created at line ' + core.line + ')' : '') + ' failed with ' + err.name + ': ' + err.message, core.rec.id);
  }
});
