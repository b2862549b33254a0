import asyncio

running = 0
peak = 0


async def job(sem, n):
    global running, peak
    await sem.acquire()
    try:
        running += 1
        peak = max(peak, running)
        await asyncio.sleep(0.01)
        running -= 1
    finally:
        sem.release()
    return n


async def main():
    sem = asyncio.Semaphore(2)
    results = await asyncio.gather(job(sem, 1), job(sem, 2), job(sem, 3), job(sem, 4), job(sem, 5))
    print(results, peak)


asyncio.run(main())
