import asyncio


async def other():
    print('other never runs')


async def main():
    coro = other()
    try:
        asyncio.run(coro)
    except RuntimeError as e:
        print(f'RuntimeError: {e}')
    coro.close()
    print('main goes on')


asyncio.run(main())
