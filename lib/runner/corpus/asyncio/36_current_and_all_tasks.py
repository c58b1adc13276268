import asyncio


async def worker(delay):
    me = asyncio.current_task()
    print(f'{me.get_name()} running')
    await asyncio.sleep(delay)


async def main():
    print(f'main is {asyncio.current_task().get_name()}')
    asyncio.create_task(worker(1))
    asyncio.create_task(worker(2), name='named-worker')
    await asyncio.sleep(0)
    print('all:', ', '.join(sorted(t.get_name() for t in asyncio.all_tasks())))
    await asyncio.sleep(1.5)
    print('all:', ', '.join(sorted(t.get_name() for t in asyncio.all_tasks())))


asyncio.run(main())
