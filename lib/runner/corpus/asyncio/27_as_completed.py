import asyncio


async def fetch(name, delay):
    await asyncio.sleep(delay)
    return f'{name} ({delay}s)'


async def main():
    jobs = [fetch('slow', 3), fetch('fast', 1), fetch('medium', 2)]
    for next_done in asyncio.as_completed(jobs):
        result = await next_done
        print(f'{result} at {round(asyncio.get_running_loop().time() * 1000)}')


asyncio.run(main())
