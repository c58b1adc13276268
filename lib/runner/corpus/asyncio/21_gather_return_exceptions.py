import asyncio


async def ok(value, delay):
    await asyncio.sleep(delay)
    return value


async def boom(delay):
    await asyncio.sleep(delay)
    raise KeyError('missing')


async def main():
    results = await asyncio.gather(ok('a', 1), boom(0.5), ok('c', 2), return_exceptions=True)
    for r in results:
        print(f'error: {type(r).__name__}' if isinstance(r, Exception) else f'value: {r}')
    print(f'at {round(asyncio.get_running_loop().time() * 1000)}')


asyncio.run(main())
