import asyncio


async def slow():
    try:
        await asyncio.sleep(5)
    finally:
        print('slow is interrupted')


async def main():
    try:
        async with asyncio.timeout(1) as cm:
            await slow()
    except TimeoutError:
        print(f'TimeoutError at {round(asyncio.get_running_loop().time() * 1000)}')
    print('expired' if cm.expired() else 'not expired')
    async with asyncio.timeout(2) as cm2:
        await asyncio.sleep(1)
    print('expired' if cm2.expired() else 'finished in time')


asyncio.run(main())
