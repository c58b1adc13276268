import asyncio


async def job(delay):
    await asyncio.sleep(delay)
    return delay


async def main():
    tasks = [asyncio.create_task(job(d)) for d in (1, 2, 4)]
    done, pending = await asyncio.wait(tasks, timeout=2.5)
    print(f'after the timeout: {len(done)} done, {len(pending)} pending')
    print(f'at {round(asyncio.get_running_loop().time() * 1000)}')
    done, pending = await asyncio.wait(tasks, return_when=asyncio.ALL_COMPLETED)
    print('results:', ', '.join(str(t.result()) for t in tasks))
    print(f'at {round(asyncio.get_running_loop().time() * 1000)}')


asyncio.run(main())
