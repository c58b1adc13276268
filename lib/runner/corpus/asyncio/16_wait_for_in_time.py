import asyncio


async def fetch(delay):
    await asyncio.sleep(delay)
    return f'fetched after {delay}'


async def main():
    print(await asyncio.wait_for(fetch(1), timeout=2))
    print(await asyncio.wait_for(fetch(2), timeout=None))
    task = asyncio.create_task(fetch(1))
    print(await asyncio.wait_for(task, timeout=5))
    print(f'done at {round(asyncio.get_running_loop().time() * 1000)}')


asyncio.run(main())
