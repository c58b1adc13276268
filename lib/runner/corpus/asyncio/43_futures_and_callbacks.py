import asyncio


async def setter(fut):
    await asyncio.sleep(1)
    print('setting the result')
    fut.set_result(42)
    print('done' if fut.done() else 'pending')


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    fut.add_done_callback(lambda f: print(f'callback saw {f.result()}'))
    asyncio.create_task(setter(fut))
    value = await fut
    print(f'main got {value}')
    await asyncio.sleep(0)
    print('one round later')


asyncio.run(main())
