import asyncio


async def job(name, delay):
    print(f'{name} starts')
    await asyncio.sleep(delay)
    print(f'{name} done')
    return name.upper()


async def main():
    pending = asyncio.gather(job('a', 2), job('b', 1), job('c', 1))
    print('gather called')
    results = await pending
    print(', '.join(results))


asyncio.run(main())
