import multiprocessing

class Squarer(multiprocessing.Process):
    def __init__(self, nums, q):
        super().__init__(name="sq")
        self.nums = nums
        self.q = q
        self.result = None

    def run(self):
        self.result = [n * n for n in self.nums]
        self.nums.append(99)
        self.q.put(sum(self.result))

if __name__ == "__main__":
    q = multiprocessing.Queue()
    s = Squarer([1, 2, 3], q)
    print(s.name, s.is_alive())
    s.start()
    print(q.get())
    s.join()
    print(s.result, s.nums, s.exitcode, s.is_alive())
