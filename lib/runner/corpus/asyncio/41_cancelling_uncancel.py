import asyncio


async def resilient():
    task = asyncio.current_task()
    for attempt in range(3):
        try:
            await asyncio.sleep(1)
            print(f'attempt {attempt} succeeded')
            return attempt
        except asyncio.CancelledError:
            print(f'attempt {attempt} cancelled, cancelling() = {task.cancelling()}')
            task.uncancel()
            print(f'after uncancel: {task.cancelling()}')


async def main():
    task = asyncio.create_task(resilient())
    await asyncio.sleep(0.5)
    task.cancel()
    task.cancel()
    print(f'two requests: cancelling() = {task.cancelling()}')
    print(f'result {await task} at {round(asyncio.get_running_loop().time() * 1000)}')


asyncio.run(main())
