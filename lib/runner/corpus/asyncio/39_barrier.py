import asyncio


async def runner(barrier, name, delay):
    await asyncio.sleep(delay)
    print(f'{name} arrives at {round(asyncio.get_running_loop().time() * 1000)} ({barrier.n_waiting} waiting)')
    index = await barrier.wait()
    print(f'{name} passes with index {index}')


async def main():
    barrier = asyncio.Barrier(3)
    await asyncio.gather(runner(barrier, 'a', 1), runner(barrier, 'b', 3), runner(barrier, 'c', 2))
    print(f'parties {barrier.parties}, broken {barrier.broken}')


asyncio.run(main())
