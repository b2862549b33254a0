# asyncio.timeout's when() and reschedule(), and asyncio.timeout_at.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    async with asyncio.timeout(None) as cm:
        print("no deadline:", cm.when())
    start = loop.time()
    async with asyncio.timeout(10) as cm:
        print("deadline in ~10s:", 9.9 < cm.when() - start < 10.1)
    try:
        async with asyncio.timeout(None) as cm:
            cm.reschedule(loop.time() + 0.02)
            print("rescheduled:", cm.when() is not None)
            await asyncio.sleep(0.2)
        print("not reached")
    except TimeoutError:
        print("expired after reschedule:", cm.expired())
    async with asyncio.timeout_at(loop.time() + 0.01) as cm2:
        cm2.reschedule(None)
        await asyncio.sleep(0.03)
    print("survived:", cm2.expired(), cm2.when())
    try:
        async with asyncio.timeout_at(loop.time() + 0.01):
            await asyncio.sleep(0.2)
    except TimeoutError as e:
        print("timeout_at fired:", repr(e))


asyncio.run(main())
