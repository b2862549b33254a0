# min and max: iterables, several arguments, key and default.
nums = [4, -2, 7, 7, 0]
print(min(nums), max(nums), min(3, 1, 2), max(1.5, 2.5), max("b", "a", "c"))
words = ["pear", "fig", "banana", "kiwi"]
print(min(words), max(words), min(words, key=len), max(words, key=len))
print(max([], default=None), min([], default=-1), max(nums, default=0))
print(max("hello"), min(x * x for x in nums))
try:
    max([])
except ValueError as e:
    print("ValueError:", e)
