# TaskGroup failures handled with except* and ExceptionGroup, and a
# group split by class and subgrouped by a predicate; an uncaught group.
import asyncio


async def fetch_user(uid):
    await asyncio.sleep(0.001)
    if uid == 3:
        raise LookupError(f"user {uid} not found")
    return {"id": uid, "name": f"user{uid}"}


async def fetch_all(ids):
    async with asyncio.TaskGroup() as tg:
        tasks = {uid: tg.create_task(fetch_user(uid)) for uid in ids}
    return {uid: t.result() for uid, t in tasks.items()}


async def main():
    users = await fetch_all([1, 2])
    print(users)
    try:
        await fetch_all([1, 3, 4])
    except* LookupError as eg:
        print("lookup errors:", [str(e) for e in eg.exceptions])
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fetch_user(3))
            tg.create_task(asyncio.sleep(0.1))
            raise ValueError("body failed")
    except ExceptionGroup as eg:
        print(eg)
        for e in eg.exceptions:
            print(" -", type(e).__name__, e)
    eg = ExceptionGroup("many", [ValueError(1), TypeError(2), ValueError(3)])
    match, rest = eg.split(ValueError)
    print(match, rest)
    print(eg.subgroup(lambda e: isinstance(e, TypeError)))
    await fetch_all([3])


asyncio.run(main())
