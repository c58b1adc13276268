"""CPython's asyncio on an exact virtual clock: the oracle for Taskline's asyncio.

A stock SelectorEventLoop whose time() reads a virtual clock and whose selector's select(timeout)
advances that clock instead of sleeping; timers due at the same instant fire in scheduling order
(FIFO). Usage: python3 virtual_loop.py program.py  -> the program's stdout, then on stderr a line
"@@virtual_ms <n>" with the virtual time at exit.
"""
import asyncio
import heapq
import runpy
import selectors
import sys
import time

# Virtual seconds since the program started; shared by every loop the program creates, as
# Taskline's clock is one per run.
CLOCK = [0.0]
END_MARKER = '@@virtual_ms'


class DeadlockError(RuntimeError):
    """The loop would block forever: nothing is ready and no timer is scheduled."""


class VirtualSelector(selectors.SelectSelector):
    """No I/O ever happens; waiting for `timeout` seconds moves the clock forward instead."""

    def select(self, timeout=None):
        if timeout is None:
            raise DeadlockError('all tasks are asleep - deadlock')
        if timeout > 0:
            CLOCK[0] += timeout
        return []


class FifoTimerHandle(asyncio.TimerHandle):
    """Orders equal deadlines by creation, where a plain heap of TimerHandles is unstable."""
    __slots__ = ('_seq',)
    _next_seq = 0

    def __init__(self, when, callback, args, loop, context=None):
        super().__init__(when, callback, args, loop, context)
        FifoTimerHandle._next_seq += 1
        self._seq = FifoTimerHandle._next_seq

    def __lt__(self, other):
        return (self._when, self._seq) < (other._when, other._seq)

    def __le__(self, other):
        return (self._when, self._seq) <= (other._when, other._seq)

    def __gt__(self, other):
        return other < self

    def __ge__(self, other):
        return other <= self


class VirtualLoop(asyncio.SelectorEventLoop):
    def __init__(self):
        super().__init__(VirtualSelector())

    def time(self):
        return CLOCK[0]

    def call_at(self, when, callback, *args, context=None):
        # BaseEventLoop.call_at, with the FIFO handle.
        self._check_closed()
        timer = FifoTimerHandle(when, callback, args, self, context)
        heapq.heappush(self._scheduled, timer)
        timer._scheduled = True
        return timer


class VirtualPolicy(asyncio.DefaultEventLoopPolicy):
    def new_event_loop(self):
        return VirtualLoop()


# Tasks in creation order. CPython keeps them in a WeakSet and TaskGroup in a set, whose order is
# by memory address: asyncio.run's shutdown and a TaskGroup's abort cancel tasks in that order.
# The oracle fixes it to creation order (the pure-Python Task, identical in behaviour, lets it).
TASKS = []


def _register_task(task):
    TASKS.append(task)


def all_tasks(loop=None):
    if loop is None:
        loop = asyncio.get_running_loop()
    return [t for t in TASKS if asyncio.futures._get_loop(t) is loop and not t.done()]


class OrderedSet(dict):
    """The set operations TaskGroup uses, iterating in insertion order."""

    def add(self, item):
        self[item] = None

    def discard(self, item):
        self.pop(item, None)


def ordered_task_group_init(self, _init=asyncio.TaskGroup.__init__):
    _init(self)
    self._tasks = OrderedSet()


def use_creation_order():
    asyncio.tasks.Task = asyncio.Task = asyncio.tasks._PyTask
    asyncio.tasks._register_task = _register_task
    asyncio.tasks.all_tasks = asyncio.all_tasks = all_tasks
    asyncio.TaskGroup.__init__ = ordered_task_group_init


def virtual_seconds():
    return CLOCK[0]


def main(path):
    asyncio.set_event_loop_policy(VirtualPolicy())
    use_creation_order()
    # The tutorial measures with time.perf_counter(): every clock reads virtual time.
    time.perf_counter = virtual_seconds
    time.monotonic = virtual_seconds
    time.time = virtual_seconds
    status = 0
    try:
        runpy.run_path(path, run_name='__main__')
    except SystemExit as e:
        status = e.code if isinstance(e.code, int) else 1
    except BaseException as e:  # the program's uncaught error: report it as Python would
        import traceback
        traceback.print_exception(e)
        status = 1
    sys.stdout.flush()
    print(END_MARKER, round(CLOCK[0] * 1000), file=sys.stderr)
    return status


if __name__ == '__main__':
    sys.exit(main(sys.argv[1]))
