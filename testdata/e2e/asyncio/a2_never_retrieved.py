# A task whose exception nobody retrieves is reported on stderr when
# asyncio.run ends; tasks whose exceptions were read (await, result(),
# exception(), gather, wait then result) are not.
import asyncio


async def worker(name, fail):
    await asyncio.sleep(0.001)
    if fail:
        raise ValueError(f"{name} broke")
    return name


async def main():
    seen = asyncio.create_task(worker("seen", True))
    await asyncio.sleep(0.005)
    print("seen:", repr(seen.exception()))
    done, _ = await asyncio.wait([asyncio.create_task(worker("waited", True))])
    for t in done:
        try:
            t.result()
        except ValueError as e:
            print("waited:", e)
    print(await asyncio.gather(worker("g", True), return_exceptions=True))
    forgotten = asyncio.create_task(worker("forgotten", True))
    await asyncio.sleep(0.005)
    print("main finishing, forgotten done:", forgotten.done())


asyncio.run(main())
print("after run")
