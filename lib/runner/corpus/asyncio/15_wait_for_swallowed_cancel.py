import asyncio


async def stubborn():
    try:
        await asyncio.sleep(5)
        return 'finished'
    except asyncio.CancelledError:
        print('stubborn ignores the cancellation')
        await asyncio.sleep(0.25)
        return 'partial result'


async def main():
    result = await asyncio.wait_for(stubborn(), timeout=1)
    print(f'wait_for returned {result}')
    result = await asyncio.wait_for(stubborn(), timeout=0)
    print(f'with timeout 0: {result}')


asyncio.run(main())
