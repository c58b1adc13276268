import asyncio


async def consumer(name, cond, items):
    async with cond:
        while not items:
            print(f'{name} waits')
            await cond.wait()
        item = items.pop(0)
        print(f'{name} took {item}')


async def main():
    cond = asyncio.Condition()
    items = []
    consumers = [asyncio.create_task(consumer(f'c{i}', cond, items)) for i in range(3)]
    await asyncio.sleep(1)
    async with cond:
        items.append('first')
        cond.notify()
        print('notified one')
    await asyncio.sleep(1)
    async with cond:
        items.extend(['second', 'third'])
        cond.notify_all()
        print('notified all')
    await asyncio.gather(*consumers)
    print('locked' if cond.locked() else 'unlocked')


asyncio.run(main())
