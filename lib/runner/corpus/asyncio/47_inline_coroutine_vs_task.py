import asyncio


async def quick(label):
    print(f'{label} runs')
    return label


async def ticker():
    for i in range(4):
        print(f'tick {i}')
        await asyncio.sleep(0)


async def main():
    t = asyncio.create_task(ticker())
    await asyncio.sleep(0)
    print(await quick('inline call'))
    print(await asyncio.create_task(quick('as a task')))
    print(await asyncio.ensure_future(quick('ensure_future')))
    print(await asyncio.sleep(0, result='sleep result'))
    await t


asyncio.run(main())
