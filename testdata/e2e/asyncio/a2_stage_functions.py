# A pipeline of async functions held in a list: awaiting a call of one
# taken from the list, and reading its __name__.
import asyncio


class Pipeline:
    def __init__(self, stages):
        self.stages = stages
        self.queues = [asyncio.Queue(maxsize=2) for _ in range(len(stages) + 1)]
        self.counts = {s.__name__: 0 for s in stages}

    async def run_stage(self, idx, fn):
        inq, outq = self.queues[idx], self.queues[idx + 1]
        while True:
            item = await inq.get()
            if item is None:
                await outq.put(None)
                break
            result = await fn(item)
            self.counts[fn.__name__] += 1
            await outq.put(result)

    async def run(self, items):
        workers = [asyncio.create_task(self.run_stage(i, fn)) for i, fn in enumerate(self.stages)]
        results = []

        async def feed():
            for it in items:
                await self.queues[0].put(it)
            await self.queues[0].put(None)

        async def drain():
            while (r := await self.queues[-1].get()) is not None:
                results.append(r)

        await asyncio.gather(feed(), drain(), *workers)
        return results


async def double(x):
    await asyncio.sleep(0)
    return x * 2


async def add_one(x):
    await asyncio.sleep(0)
    return x + 1


async def to_str(x):
    return f"<{x}>"


async def main():
    p = Pipeline([double, add_one, to_str])
    out = await p.run(range(5))
    print(out)
    print(p.counts)


asyncio.run(main())


async def checks():
    for fn in [double, add_one, to_str]:
        print(fn.__name__, await fn(3))


asyncio.run(checks())
