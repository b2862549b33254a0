from collections import namedtuple
from multiprocessing import Pool
from concurrent.futures import ThreadPoolExecutor

Job = namedtuple("Job", "name size")

def work(job):
    return Job(job.name.upper(), job.size * 2)

if __name__ == "__main__":
    jobs = [Job("a", 1), Job("b", 2)]
    with Pool(2) as pool:
        print(pool.map(work, jobs))
    with ThreadPoolExecutor(2) as ex:
        print(list(ex.map(work, jobs)))
    total = sum(j.size for j in jobs)
    print(total)
    by_name = {j.name: j for j in jobs}
    print(by_name)
