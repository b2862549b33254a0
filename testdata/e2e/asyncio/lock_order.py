import asyncio

counter = 0


async def add(lock, name):
    global counter
    await lock.acquire()
    try:
        v = counter
        await asyncio.sleep(0.001)
        counter = v + 1
        print(name, counter)
    finally:
        lock.release()


async def main():
    lock = asyncio.Lock()
    await asyncio.gather(add(lock, "a"), add(lock, "b"), add(lock, "c"))
    print("final", counter, lock.locked())


asyncio.run(main())
