import asyncio


async def fetch(delay):
    await asyncio.sleep(delay)
    return delay


async def main():
    tasks = [asyncio.create_task(fetch(d)) for d in (1, 5)]
    try:
        for next_done in asyncio.as_completed(tasks, timeout=2):
            print(f'got {await next_done}')
    except asyncio.TimeoutError:
        print(f'TimeoutError at {round(asyncio.get_running_loop().time() * 1000)}')
    tasks[1].cancel()


asyncio.run(main())
