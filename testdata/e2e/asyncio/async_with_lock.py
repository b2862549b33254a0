import asyncio

shared = []


async def append_slowly(lock, name):
    async with lock:
        shared.append(name + "-start")
        await asyncio.sleep(0.001)
        shared.append(name + "-end")


async def main():
    lock = asyncio.Lock()
    await asyncio.gather(append_slowly(lock, "a"), append_slowly(lock, "b"))
    print(shared)
    print(lock.locked())


asyncio.run(main())
