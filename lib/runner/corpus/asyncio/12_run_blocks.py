import asyncio


async def main(label, delay):
    print(f'{label} starts')
    await asyncio.sleep(delay)
    print(f'{label} ends')
    return delay * 10


print('before the first run')
asyncio.run(main('first', 1))
print('between the runs')
result = asyncio.run(main('second', 2))
print(f'second returned {result}')
