import asyncio


async def job():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print('job cancelled, cleaning up for 1s')
        await asyncio.sleep(1)
        raise


async def guarded():
    try:
        await asyncio.wait_for(job(), timeout=5)
    except asyncio.CancelledError:
        print(f'guarded cancelled at {round(asyncio.get_running_loop().time() * 1000)}')
        raise


async def main():
    task = asyncio.create_task(guarded())
    await asyncio.sleep(2)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print('main saw it cancelled')


asyncio.run(main())
