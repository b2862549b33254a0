import asyncio


async def main():
    q = asyncio.Queue(maxsize=1)
    q.put_nowait("x")
    print(q.full(), q.qsize())
    try:
        q.put_nowait("y")
    except asyncio.QueueFull:
        print("full")
    print(q.get_nowait())
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print("empty")


asyncio.run(main())
