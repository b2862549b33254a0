# The usual loop over asyncio.wait(..., FIRST_COMPLETED): handle each task
# as it finishes, feed new work while some is pending.
import asyncio


async def fetch(n):
    await asyncio.sleep(0.01 * (n % 4 + 1))
    if n == 5:
        raise RuntimeError("fetch %d failed" % n)
    return n * n


async def main():
    todo = list(range(8))
    running = [asyncio.create_task(fetch(todo.pop(0))) for _ in range(3)]
    results = []
    errors = []
    while running:
        done, running = await asyncio.wait(running, return_when=asyncio.FIRST_COMPLETED)
        for t in done:
            if t.exception() is not None:
                errors.append(str(t.exception()))
            else:
                results.append(t.result())
        while todo and len(running) < 3:
            running = list(running) + [asyncio.create_task(fetch(todo.pop(0)))]
    print(sorted(results))
    print(errors)


asyncio.run(main())
