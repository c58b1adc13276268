import asyncio


async def sleeper(name, delay):
    await asyncio.sleep(delay)
    print(f'{name} woke at {round(asyncio.get_running_loop().time() * 1000)}')


async def late_starter():
    await asyncio.sleep(1)
    print('late starter schedules its sleep at 1000')
    await asyncio.sleep(1)
    print('late starter woke at 2000')


async def main():
    asyncio.create_task(sleeper('a', 2))
    asyncio.create_task(late_starter())
    asyncio.create_task(sleeper('b', 2))
    await asyncio.sleep(2)
    print('main woke at 2000')
    await asyncio.sleep(0)
    print('main after one more round')


asyncio.run(main())
