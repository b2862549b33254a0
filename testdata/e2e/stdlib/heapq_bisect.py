import heapq
import bisect

h = [5, 1, 8, 3, 9, 2]
heapq.heapify(h)
print(h)
heapq.heappush(h, 0)
heapq.heappush(h, 7)
print(h)
out = []
while h:
    out.append(heapq.heappop(h))
print(out)
tasks = [(3, "write"), (1, "plan"), (2, "code")]
heapq.heapify(tasks)
heapq.heappush(tasks, (1, "coffee"))
while tasks:
    t = heapq.heappop(tasks)
    print(t[0], t[1])
nums = [4, 1, 7, 3, 8, 5]
print(heapq.nlargest(3, nums), heapq.nsmallest(2, nums), heapq.nlargest(10, nums))
print(heapq.heappushpop(nums, 0), heapq.heapreplace([2, 3], 9))
a = [1, 2, 4, 4, 8]
print(bisect.bisect_left(a, 4), bisect.bisect_right(a, 4), bisect.bisect(a, 5), bisect.bisect_left(a, 4, 3))
bisect.insort(a, 3)
bisect.insort_left(a, 4)
bisect.insort_right(a, 10)
print(a)
grades = ["F", "D", "C", "B", "A"]
for score in [33, 99, 77, 70, 89, 90, 100]:
    print(score, grades[bisect.bisect([60, 70, 80, 90], score)])
