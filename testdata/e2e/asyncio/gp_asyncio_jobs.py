import asyncio
import copy
from dataclasses import dataclass, field


@dataclass
class Job:
    name: str
    attempts: int = 0
    log: list = field(default_factory=list)


async def run_job(job, fail):
    job.attempts += 1
    await asyncio.sleep(0.01)
    job.log.append(f"run {job.attempts}")
    if fail:
        raise RuntimeError(f"{job.name} failed")
    return job.name.upper()


def on_done(task):
    if task.exception() is None:
        print("callback:", task.result())


async def main():
    template = Job("base")
    jobs = [copy.deepcopy(template) for _ in range(3)]
    for i, j in enumerate(jobs):
        j.name = f"job{i}"
    tasks = []
    for i, j in enumerate(jobs):
        t = asyncio.create_task(run_job(j, i == 1))
        t.add_done_callback(on_done)
        tasks.append(t)
    done, pending = await asyncio.wait(tasks)
    print(len(done), pending)
    for j in jobs:
        print(j.name, j.attempts, j.log, template.log)
    try:
        async with asyncio.TaskGroup() as tg:
            for j in jobs:
                tg.create_task(run_job(j, j.name != "job0"))
    except* RuntimeError as eg:
        print(sorted(str(e) for e in eg.exceptions))
    snapshot = copy.copy(jobs[0])
    snapshot.attempts = 99
    print(jobs[0].attempts, snapshot.attempts, snapshot.log is jobs[0].log)


asyncio.run(main())
