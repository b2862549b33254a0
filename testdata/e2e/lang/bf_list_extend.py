# += and extend on lists of one element type, with lists, tuples, ranges,
# strings and generators; at module level, in functions and with threads.
import threading

results = []


def work(i):
    results.append(i * i)


def in_func():
    threads = [threading.Thread(target=work, args=(0,))]
    threads += [threading.Thread(target=work, args=(i,)) for i in range(1, 3)]
    for t in threads:
        t.start()
        t.join()
    nums = [1, 2]
    nums += [3, 4]
    more = [5, 6]
    nums += more
    nums.extend([7])
    nums.extend(x * 10 for x in range(2))
    nums += (8, 9)
    nums += range(2)
    nums.extend(range(3, 5))
    print(nums, len(threads))


def build(n):
    lst = [str(x) for x in range(n)]
    lst += ("t",)
    lst.extend(str(i) for i in range(2))
    lst += "ab"
    lst.extend(("u", "v"))
    return lst


in_func()
print(sorted(results))
threads = []
threads += [threading.Thread(target=work, args=(i,)) for i in range(3, 5)]
threads.extend(threading.Thread(target=work, args=(i,)) for i in range(5, 6))
for t in threads:
    t.start()
    t.join()
names = ["a"]
names += ["b", "c"]
other = ["d"]
names += other
names.extend(other)
names += "ef"
print(names, sorted(results))
print(build(3))
floats = [1.5]
floats += [2.5]
floats += (3.5,)
floats.extend(x / 2 for x in range(2))
print(floats)
