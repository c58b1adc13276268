import asyncio


async def worker(name, delay, fail=False):
    try:
        await asyncio.sleep(delay)
        if fail:
            raise ValueError(f'{name} failed')
        print(f'{name} finished')
    except asyncio.CancelledError:
        print(f'{name} cancelled by the group')
        raise


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(worker('a', 3))
            tg.create_task(worker('b', 1, fail=True))
            tg.create_task(worker('c', 0.5))
            tg.create_task(worker('d', 2))
            await asyncio.sleep(10)
            print('the body is never finished')
    except* ValueError as group:
        print(f'{len(group.exceptions)} error(s): {group.exceptions[0]}')
    print(f'at {round(asyncio.get_running_loop().time() * 1000)}')


asyncio.run(main())
