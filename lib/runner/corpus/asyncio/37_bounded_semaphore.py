import asyncio


async def main():
    sem = asyncio.BoundedSemaphore(2)
    await sem.acquire()
    print('locked' if sem.locked() else 'one slot left')
    sem.release()
    try:
        sem.release()
    except ValueError as e:
        print(f'ValueError: {e}')
    plain = asyncio.Semaphore(1)
    plain.release()
    await plain.acquire()
    await plain.acquire()
    print('a plain Semaphore can be released above its start' if plain.locked() else 'unexpected')


asyncio.run(main())
