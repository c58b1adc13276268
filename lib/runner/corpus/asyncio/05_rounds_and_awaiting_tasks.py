import asyncio


async def ticker(name, n):
    for i in range(n):
        print(f'{name} {i}')
        await asyncio.sleep(0)
    return name


async def waiter(task):
    result = await task
    print(f'waiter got {result}')


async def main():
    a = asyncio.create_task(ticker('a', 3))
    b = asyncio.create_task(ticker('b', 5))
    w = asyncio.create_task(waiter(a))
    await b
    print('main got b')
    await w


asyncio.run(main())
