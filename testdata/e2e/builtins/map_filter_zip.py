# map, filter, zip, enumerate and reversed.
nums = [1, 2, 3, 4, 5, 6]
print(list(map(str, nums)), list(map(lambda x: x * 10, nums)))
print(list(filter(lambda x: x % 2 == 0, nums)), list(filter(None, [0, 1, "", "a", None])))
print(list(zip(nums, "abc")), list(zip()), list(zip([1, 2], [3, 4], [5, 6])))
print(list(enumerate("xyz")), list(enumerate(["a", "b"], start=1)))
print(list(reversed(nums)), list(reversed("abc")))
for t in zip(["a", "b"], [1, 2]):
    print(t)
squares = map(lambda x: x * x, range(4))
print(sum(squares))
