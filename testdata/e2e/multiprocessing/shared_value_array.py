import multiprocessing as mp


def add(counter, total, n):
    for _ in range(n):
        with counter.get_lock():
            counter.value += 1
    with total:
        total.value += 0.5


def fill(arr, k):
    for i in range(len(arr)):
        if i % 2 == k:
            arr[i] = arr[i] + i * 10


if __name__ == "__main__":
    counter = mp.Value("i", 0)
    total = mp.Value("d", 1)
    print(counter, total, counter.value, total.value)
    ps = [mp.Process(target=add, args=(counter, total, 200)) for _ in range(4)]
    for p in ps:
        p.start()
    for p in ps:
        p.join()
    print(counter.value, total.value)

    arr = mp.Array("i", 6)
    nums = mp.Array("d", [1, 2.5, 4])
    workers = [mp.Process(target=fill, args=(arr, k)) for k in range(2)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    print(arr[:], len(arr), list(arr), arr[-1], arr[1:3])
    print(nums[:], sum(nums), nums[0] * 2)
    nums[0:2] = [7, 8]
    print(list(nums))
    for x in arr:
        print(x, end=" ")
    print()
    try:
        arr[6]
    except IndexError as e:
        print("IndexError", e)
    try:
        nums[0:2] = [1]
    except ValueError as e:
        print("ValueError", e)
    small = mp.Value("i", 2**31 - 1)
    small.value += 1
    print(small.value)
    raw = mp.Value("i", 3, lock=False)
    print(raw, raw.value)
