from concurrent.futures import ThreadPoolExecutor

class Job:
    def __init__(self, n):
        self.n = n
        self.result = None

    def run(self):
        self.result = self.n * 3
        return self

jobs = [Job(i) for i in range(3)]
with ThreadPoolExecutor() as ex:
    done = list(ex.map(lambda j: j.run(), jobs))
print([j.result for j in done])
