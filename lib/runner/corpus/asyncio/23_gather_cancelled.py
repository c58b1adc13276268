import asyncio


async def sleeper(name):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print(f'{name} cancelled')
        raise


async def main():
    group = asyncio.gather(sleeper('x'), sleeper('y'))
    await asyncio.sleep(1)
    print('cancel accepted' if group.cancel() else 'cancel refused')
    try:
        await group
    except asyncio.CancelledError:
        print('awaiting the gather raised CancelledError')
    print('cancelled' if group.cancelled() else 'not cancelled')


asyncio.run(main())
