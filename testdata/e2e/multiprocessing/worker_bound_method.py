import multiprocessing


class Job:
    def __init__(self):
        self.done = []

    def run(self, x):
        self.done.append(x)
        return len(self.done)


if __name__ == "__main__":
    job = Job()
    p = multiprocessing.Process(target=job.run, args=(1,))
    p.start()
    p.join()
    with multiprocessing.Pool(1) as pool:
        print(pool.apply(job.run, (2,)), pool.map(job.run, [3, 4]))
    print(job.done)
