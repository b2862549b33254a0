# sum with start, any and all.
nums = [1, 2, 3, 4]
print(sum(nums), sum(nums, 10), sum([0.1 for _ in range(10)]), sum([1.5, 2.5]), sum(x * x for x in nums))
print(sum([]), sum([[1], [2, 3]], []))
print(any([0, "", None]), any([0, 1]), all([1, "x"]), all([]), any([]))
print(any(n > 3 for n in nums), all(n > 0 for n in nums))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print("TypeError:", e)
