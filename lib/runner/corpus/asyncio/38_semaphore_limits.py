import asyncio


async def download(sem, n):
    async with sem:
        print(f'start {n} at {round(asyncio.get_running_loop().time() * 1000)}')
        await asyncio.sleep(1)
    print(f'end {n}, locked: {sem.locked()}')


async def main():
    sem = asyncio.Semaphore(2)
    await asyncio.gather(*(download(sem, n) for n in range(5)))


asyncio.run(main())
