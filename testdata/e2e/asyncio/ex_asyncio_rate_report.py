import asyncio
import time
from collections import Counter, defaultdict

EVENTS = [("login", 0.004), ("view", 0.001), ("view", 0.002), ("buy", 0.006),
          ("login", 0.003), ("view", 0.005), ("logout", 0.007)]


async def handle(kind, delay, stats, timings):
    start = time.perf_counter()
    await asyncio.sleep(delay)
    stats[kind] += 1
    timings[kind].append(delay)
    return kind


async def main():
    stats = Counter()
    timings = defaultdict(list)
    order = []
    for coro in asyncio.as_completed([handle(k, d, stats, timings) for k, d in EVENTS]):
        order.append(await coro)
    print("completion order:", order)
    print("most common:", stats.most_common(2))
    for kind in sorted(timings):
        ds = timings[kind]
        print(f"{kind:>7}: n={len(ds)} avg={sum(ds) / len(ds) * 1000:6.2f}ms max={max(ds):.3f}")
    summary = {k: round(sum(v), 3) for k, v in timings.items() if len(v) > 1}
    print(summary)


asyncio.run(main())
