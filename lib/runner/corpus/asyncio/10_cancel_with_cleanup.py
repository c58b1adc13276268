import asyncio


async def download():
    try:
        await asyncio.sleep(5)
        print('downloaded')
    finally:
        print('cleaning up')
        await asyncio.sleep(0.5)
        print('cleaned up')


async def main():
    task = asyncio.create_task(download())
    await asyncio.sleep(1)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print(f'main resumes at {round(asyncio.get_running_loop().time() * 1000)}')


asyncio.run(main())
