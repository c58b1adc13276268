import asyncio


async def main():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout(None) as cm:
            print('no deadline yet' if cm.when() is None else 'deadline set')
            cm.reschedule(loop.time() + 1.5)
            await asyncio.sleep(1)
            print('still inside at 1000')
            cm.reschedule(loop.time() + 1)
            await asyncio.sleep(3)
    except TimeoutError:
        print(f'TimeoutError at {round(loop.time() * 1000)}')
    try:
        async with asyncio.timeout_at(loop.time() + 0.5):
            await asyncio.sleep(1)
    except TimeoutError:
        print(f'timeout_at fired at {round(loop.time() * 1000)}')


asyncio.run(main())
