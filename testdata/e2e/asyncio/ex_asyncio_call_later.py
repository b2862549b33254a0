import asyncio


def remind(msg, log):
    log.append(msg)
    print("reminder:", msg)


async def main():
    loop = asyncio.get_running_loop()
    log = []
    loop.call_later(0.03, remind, "third", log)
    loop.call_later(0.01, remind, "first", log)
    loop.call_soon(remind, "immediately", log)
    handle = loop.call_later(0.02, remind, "cancelled one", log)
    handle.cancel()
    await asyncio.sleep(0.05)
    print(log)


asyncio.run(main())
