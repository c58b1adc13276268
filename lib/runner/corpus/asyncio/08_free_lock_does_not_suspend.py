import asyncio

lock = asyncio.Lock()


async def chatter():
    for i in range(3):
        print(f'chatter {i}')
        await asyncio.sleep(0)


async def worker():
    async with lock:
        print('worker holds the lock without waiting')
    async with lock:
        print('worker holds it again')
    print('locked' if lock.locked() else 'free')


async def main():
    c = asyncio.create_task(chatter())
    w = asyncio.create_task(worker())
    await asyncio.gather(c, w)


asyncio.run(main())
