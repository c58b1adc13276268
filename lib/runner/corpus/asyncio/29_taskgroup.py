import asyncio


async def fetch(name, delay):
    print(f'{name} starts')
    await asyncio.sleep(delay)
    print(f'{name} done')
    return name


async def main():
    async with asyncio.TaskGroup() as tg:
        first = tg.create_task(fetch('users', 2))
        second = tg.create_task(fetch('orders', 1))
        print('both scheduled')
    print(f'group finished at {round(asyncio.get_running_loop().time() * 1000)}: {first.result()}, {second.result()}')


asyncio.run(main())
