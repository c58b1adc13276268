import asyncio


async def slow_query():
    try:
        await asyncio.sleep(5)
        return 'rows'
    except asyncio.CancelledError:
        print('query cancelled, closing the connection')
        await asyncio.sleep(0.5)
        print('connection closed')
        raise


async def main():
    try:
        await asyncio.wait_for(slow_query(), timeout=1)
    except asyncio.TimeoutError:
        print(f'TimeoutError at {round(asyncio.get_running_loop().time() * 1000)}')


asyncio.run(main())
