# The loop over asyncio.wait(FIRST_COMPLETED) that starts from a set of
# tasks and rebinds pending to what wait returns.
import asyncio


async def first_odd(delays):
    tasks = [asyncio.create_task(asyncio.sleep(d, result=i)) for i, d in enumerate(delays)]
    pending = set(tasks)
    winner = None
    while pending:
        done, pending = await asyncio.wait(pending, return_when=asyncio.FIRST_COMPLETED)
        for t in done:
            r = t.result()
            print("finished", r, "still pending", len(pending))
            if r % 2 == 1 and winner is None:
                winner = r
        if winner is not None:
            break
    for t in pending:
        t.cancel()
    return winner


async def main():
    print("winner:", await first_odd([0.03, 0.02, 0.01, 0.04]))
    print("winner:", await first_odd([0.01, 0.02]))


asyncio.run(main())
