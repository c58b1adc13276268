import asyncio


async def worker():
    try:
        print('worker sleeping')
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print(f'worker cancelled at {round(asyncio.get_running_loop().time() * 1000)}')
        raise


async def main():
    task = asyncio.create_task(worker())
    await asyncio.sleep(1)
    print('cancel requested' if task.cancel() else 'cancel refused')
    try:
        await task
    except asyncio.CancelledError:
        print('main saw CancelledError')
    print('cancelled' if task.cancelled() else 'not cancelled')
    print('cancel again refused' if not task.cancel() else 'cancel again accepted')


asyncio.run(main())
