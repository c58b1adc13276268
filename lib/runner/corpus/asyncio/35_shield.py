import asyncio


async def important():
    await asyncio.sleep(2)
    print('important work finished')
    return 'saved'


async def caller(task):
    try:
        return await asyncio.shield(task)
    except asyncio.CancelledError:
        print('caller cancelled, the shielded task goes on')
        raise


async def main():
    task = asyncio.create_task(important())
    c = asyncio.create_task(caller(task))
    await asyncio.sleep(1)
    c.cancel()
    await asyncio.gather(c, return_exceptions=True)
    print(f'task result: {await task} at {round(asyncio.get_running_loop().time() * 1000)}')


asyncio.run(main())
