import asyncio


async def job(name):
    print(f'{name} starts')
    await asyncio.sleep(1)
    print(f'{name} ends')


async def main():
    t1 = asyncio.create_task(job('first'))
    print('created first')
    t2 = asyncio.create_task(job('second'))
    print('created second')
    t3 = asyncio.create_task(job('never'))
    t3.cancel()
    print('cancelled never before it ran')
    await t1
    await t2
    print('never cancelled' if t3.cancelled() else 'never ran')


asyncio.run(main())
