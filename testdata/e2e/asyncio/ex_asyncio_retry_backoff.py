import asyncio

attempts = {}


class TransientError(Exception):
    def __init__(self, service, attempt):
        super().__init__(f"{service} failed on attempt {attempt}")
        self.service = service
        self.attempt = attempt


async def call_service(name, fail_times):
    n = attempts.get(name, 0) + 1
    attempts[name] = n
    await asyncio.sleep(0.001)
    if n <= fail_times:
        raise TransientError(name, n)
    return f"{name}:ok"


async def with_retry(name, fail_times, retries=3, base_delay=0.002):
    for attempt in range(1, retries + 1):
        try:
            return await call_service(name, fail_times)
        except TransientError as e:
            print(f"  retry {e.service} (attempt {e.attempt}) after {base_delay * 2 ** (attempt - 1):.3f}s")
            await asyncio.sleep(base_delay * 2 ** (attempt - 1))
    raise RuntimeError(f"{name} gave up after {retries} attempts")


async def main():
    results = await asyncio.gather(
        with_retry("auth", 0),
        with_retry("billing", 2),
        with_retry("search", 5),
        return_exceptions=True,
    )
    for r in results:
        print(type(r).__name__, "->", r)
    print(dict(sorted(attempts.items())))


asyncio.run(main())
