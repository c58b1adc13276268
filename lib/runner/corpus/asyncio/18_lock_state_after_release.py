import asyncio

lock = asyncio.Lock()


async def contender(name):
    print(f'{name} waits for the lock')
    async with lock:
        print(f'{name} has the lock')
        await asyncio.sleep(1)
    print(f'{name} released it')


async def main():
    await lock.acquire()
    a = asyncio.create_task(contender('a'))
    b = asyncio.create_task(contender('b'))
    await asyncio.sleep(0.5)
    lock.release()
    print(f'right after release: locked {lock.locked()}')
    await asyncio.sleep(0)
    print(f'one round later: locked {lock.locked()}')
    await asyncio.gather(a, b)
    print(f'at the end: locked {lock.locked()}')


asyncio.run(main())
