import asyncio


async def helper():
    try:
        await asyncio.sleep(5)
    except asyncio.CancelledError:
        print('helper cancelled during shutdown')
        raise


async def main():
    asyncio.create_task(helper())
    await asyncio.sleep(1)
    print('main is about to fail')
    raise RuntimeError('main failed')


asyncio.run(main())
print('never printed')
