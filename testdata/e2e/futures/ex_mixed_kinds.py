# One executor given calls of different kinds in turn (a function of one
# argument, a lambda, a function returning a string): each future gets
# its own result, and the tasks start in the order they were submitted.
from concurrent.futures import ThreadPoolExecutor

started = []


def double(x):
    started.append(x)
    return 2 * x


def label(x):
    started.append(x)
    return "n" + str(x)


def main():
    nums, labels = [], []
    with ThreadPoolExecutor(max_workers=1) as ex:
        for i in range(3000):
            if i % 3 == 0:
                labels.append(ex.submit(label, i))
            elif i % 3 == 1:
                nums.append(ex.submit(double, i))
            else:
                nums.append(ex.submit(lambda i=i: started.append(i) or i + 1))
    print(len(nums), sum(f.result() for f in nums))
    print(labels[0].result(), labels[-1].result(), len(labels))
    print(started == list(range(3000)))


main()
