import asyncio


async def producer(queue, n):
    for i in range(n):
        await asyncio.sleep(0.5)
        await queue.put(i)
        print(f'put {i} (qsize {queue.qsize()})')


async def consumer(name, queue):
    while True:
        item = await queue.get()
        await asyncio.sleep(1)
        print(f'{name} handled {item}')
        queue.task_done()


async def main():
    queue = asyncio.Queue(maxsize=2)
    consumers = [asyncio.create_task(consumer(f'c{i}', queue)) for i in range(2)]
    await producer(queue, 5)
    await queue.join()
    print(f'all handled at {round(asyncio.get_running_loop().time() * 1000)}')
    for c in consumers:
        c.cancel()
    await asyncio.gather(*consumers, return_exceptions=True)


asyncio.run(main())
