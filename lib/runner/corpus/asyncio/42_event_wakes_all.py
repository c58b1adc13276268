import asyncio


async def waiter(event, name):
    print(f'{name} waiting')
    await event.wait()
    print(f'{name} woke, set: {event.is_set()}')


async def main():
    event = asyncio.Event()
    tasks = [asyncio.create_task(waiter(event, n)) for n in ('x', 'y', 'z')]
    await asyncio.sleep(1)
    event.set()
    print('event set')
    event.clear()
    print('event cleared before the waiters ran')
    await asyncio.gather(*tasks)
    await asyncio.wait_for(event.wait(), timeout=None) if event.is_set() else print('not set any more')


asyncio.run(main())
