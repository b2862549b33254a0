# Annotated assignments to locals (q: asyncio.Queue[int] = ...) inside
# coroutines and plain functions.
import asyncio
from typing import Optional


class Service:
    def __init__(self, name: str):
        self.name = name
        self.stopping = asyncio.Event()
        self.handled = 0

    async def serve(self, q: asyncio.Queue) -> None:
        while not self.stopping.is_set():
            try:
                req: int = await asyncio.wait_for(q.get(), timeout=0.01)
            except asyncio.TimeoutError:
                continue
            await asyncio.sleep(0.001)
            self.handled += 1
            print(f"{self.name} handled {req}")
            q.task_done()


def summary(n: int) -> str:
    label: str = "requests"
    best: Optional[int] = None
    best = n * 2
    return f"{n} {label}, doubled {best}"


async def main() -> int:
    q: asyncio.Queue[int] = asyncio.Queue()
    svc = Service("api")
    server: asyncio.Task = asyncio.create_task(svc.serve(q))
    for i in range(3):
        await q.put(i)
    await q.join()
    svc.stopping.set()
    await server
    return svc.handled


if __name__ == "__main__":
    count: int = asyncio.run(main())
    print(summary(count))
