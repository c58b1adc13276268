import asyncio


async def getter(queue):
    item = await queue.get()
    print(f'getter got {item}, qsize {queue.qsize()}')


async def main():
    queue = asyncio.Queue(maxsize=2)
    task = asyncio.create_task(getter(queue))
    await asyncio.sleep(0)
    queue.put_nowait('a')
    print(f'after put_nowait: qsize {queue.qsize()}, empty {queue.empty()}, full {queue.full()}')
    queue.put_nowait('b')
    print(f'after second put_nowait: qsize {queue.qsize()}, full {queue.full()}')
    try:
        queue.put_nowait('c')
    except asyncio.QueueFull:
        print('QueueFull')
    await task
    print(f'after the getter ran: qsize {queue.qsize()}')
    print(f'get_nowait: {queue.get_nowait()}, empty {queue.empty()}')
    try:
        queue.get_nowait()
    except asyncio.QueueEmpty:
        print('QueueEmpty')


asyncio.run(main())
