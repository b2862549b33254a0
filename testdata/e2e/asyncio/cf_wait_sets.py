# asyncio.wait with sets of tasks: a set display, a set built by a
# comprehension, FIRST_COMPLETED with the pending tasks cancelled, and
# FIRST_EXCEPTION.
import asyncio


async def job(name, delay):
    await asyncio.sleep(delay)
    return name


async def fail(delay):
    await asyncio.sleep(delay)
    raise ValueError("boom")


async def main():
    t1 = asyncio.create_task(job("a", 0.02))
    t2 = asyncio.create_task(job("b", 0.01))
    done, pending = await asyncio.wait({t1, t2})
    print(sorted(t.result() for t in done), pending)
    print(t1 in done, t2 in done)

    tasks = {asyncio.create_task(job(n, d)) for n, d in [("x", 0.01), ("y", 0.5), ("z", 0.6)]}
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    for t in done:
        print("first done:", t.result())
    print("still pending:", len(pending))
    for t in pending:
        t.cancel()
    results = await asyncio.gather(*pending, return_exceptions=True)
    print([type(r).__name__ for r in results])
    print(all(t.cancelled() for t in pending), len(done | pending))

    bad = asyncio.create_task(fail(0.01))
    slow = asyncio.create_task(job("slow", 0.3))
    done, pending = await asyncio.wait({bad, slow}, return_when=asyncio.FIRST_EXCEPTION)
    for t in done:
        print("failed:", repr(t.exception()))
    for t in pending:
        print("cancel slow:", t.cancel())

    t3 = asyncio.create_task(job("c", 0.5))
    done, pending = await asyncio.wait({t3}, timeout=0.01)
    print(len(done), len(pending), t3.done())
    t3.cancel()
    try:
        await t3
    except asyncio.CancelledError:
        print("t3 cancelled")


asyncio.run(main())
