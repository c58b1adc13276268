import asyncio


async def worker(name, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise RuntimeError(f'{name} broke')
    print(f'{name} finished')
    return name


async def main():
    try:
        await asyncio.gather(worker('a', 1), worker('b', 0.5, fail=True), worker('c', 2))
    except RuntimeError as e:
        print(f'gather raised: {e} at {round(asyncio.get_running_loop().time() * 1000)}')
    await asyncio.sleep(2)
    print('the other workers kept running')


asyncio.run(main())
