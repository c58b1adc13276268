import asyncio


async def main():
    cond = asyncio.Condition()
    state = {'count': 0}

    async def waiter():
        async with cond:
            await cond.wait_for(lambda: state['count'] >= 3)
            print(f'count reached {state["count"]} at {round(asyncio.get_running_loop().time() * 1000)}')

    async def incrementer():
        for _ in range(4):
            await asyncio.sleep(1)
            async with cond:
                state['count'] += 1
                print(f'count is {state["count"]}')
                cond.notify_all()

    await asyncio.gather(waiter(), incrementer())


asyncio.run(main())
