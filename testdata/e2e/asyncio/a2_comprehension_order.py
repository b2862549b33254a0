# A comprehension that calls or awaits, written after a call in the same
# statement, runs after that call, as Python evaluates left to right.
import asyncio


async def main():
    q = asyncio.Queue()
    for i in range(3):
        q.put_nowait(i)
    print(q.qsize(), [q.get_nowait() for _ in range(3)], q.qsize(), q.empty())
    for i in range(3):
        await q.put(i * 10)
    print(q.qsize(), [await q.get() for _ in range(2)], q.qsize())
    log = []

    def note(x):
        log.append(x)
        return x

    total = note(100) + sum([note(i) for i in range(3)])
    print(total, log)
    print([note(i) for i in "ab"], {note(k): 1 for k in "c"}, log)


asyncio.run(main())
