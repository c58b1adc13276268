import asyncio


async def inner():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print('inner cancelled')
        raise


async def outer():
    inner_task = asyncio.create_task(inner())
    try:
        await inner_task
    except asyncio.CancelledError:
        print('outer cancelled; inner is ' + ('cancelled' if inner_task.cancelled() else 'not done yet'))
        raise


async def main():
    task = asyncio.create_task(outer())
    await asyncio.sleep(1)
    task.cancel()
    await asyncio.sleep(0)
    print('one round after cancel')
    await asyncio.gather(task, return_exceptions=True)
    print(f'at {round(asyncio.get_running_loop().time() * 1000)}')


asyncio.run(main())
