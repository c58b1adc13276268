import asyncio


async def fails():
    await asyncio.sleep(1)
    raise ValueError('bad input')


async def main():
    task = asyncio.create_task(fails())
    try:
        await task
    except ValueError as e:
        print(f'caught {e}')
    print(f'exception() gives {task.exception()}')
    try:
        task.result()
    except ValueError:
        print('result() raises it again')


asyncio.run(main())
