import asyncio


async def job(name, delay):
    await asyncio.sleep(delay)
    return name


async def main():
    tasks = [asyncio.create_task(job(n, d), name=n) for n, d in [('slow', 3), ('fast', 1), ('mid', 2)]]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print('done:', ', '.join(sorted(t.result() for t in done)))
    print('pending:', ', '.join(sorted(t.get_name() for t in pending)))
    print(f'at {round(asyncio.get_running_loop().time() * 1000)}')
    done, pending = await asyncio.wait(pending)
    print('then done:', ', '.join(sorted(t.result() for t in done)), 'pending:', len(pending))


asyncio.run(main())
