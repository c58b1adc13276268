import asyncio


async def job(name, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise ValueError(name)
    return name


async def main():
    tasks = [
        asyncio.create_task(job('a', 1)),
        asyncio.create_task(job('b', 2, fail=True)),
        asyncio.create_task(job('c', 3)),
    ]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    print(f'{len(done)} done, {len(pending)} pending at {round(asyncio.get_running_loop().time() * 1000)}')
    for t in tasks:
        if t in done:
            print(f'error {t.exception()}' if t.exception() else f'result {t.result()}')
    for t in pending:
        t.cancel()
    await asyncio.wait(pending)
    print('cancelled the rest' if all(t.cancelled() for t in pending) else 'something survived')


asyncio.run(main())
