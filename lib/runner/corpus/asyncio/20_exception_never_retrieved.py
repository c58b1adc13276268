import asyncio


async def flaky():
    await asyncio.sleep(1)
    raise ValueError('flaky failed')


async def main():
    task = asyncio.create_task(flaky())
    await asyncio.sleep(2)
    print('failed' if task.done() and not task.cancelled() else 'still running')
    print('main never looked at the exception')


asyncio.run(main())
