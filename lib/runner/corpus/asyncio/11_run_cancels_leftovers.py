import asyncio


async def background(name):
    try:
        while True:
            await asyncio.sleep(1)
            print(f'{name} tick')
    except asyncio.CancelledError:
        print(f'{name} cancelled at shutdown')
        await asyncio.sleep(2)
        print(f'{name} finished its cleanup')
        raise


async def main():
    asyncio.create_task(background('poller'))
    asyncio.create_task(background('heartbeat'))
    await asyncio.sleep(2.5)
    print('main returns')


asyncio.run(main())
print('after run')
