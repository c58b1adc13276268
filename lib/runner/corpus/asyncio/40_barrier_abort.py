import asyncio


async def runner(barrier, name):
    try:
        await barrier.wait()
        print(f'{name} passed')
    except asyncio.BrokenBarrierError:
        print(f'{name} sees a broken barrier')


async def main():
    barrier = asyncio.Barrier(3)
    tasks = [asyncio.create_task(runner(barrier, n)) for n in ('a', 'b')]
    await asyncio.sleep(1)
    await barrier.abort()
    await asyncio.gather(*tasks)
    print('broken' if barrier.broken else 'intact')
    await runner(barrier, 'late')


asyncio.run(main())
