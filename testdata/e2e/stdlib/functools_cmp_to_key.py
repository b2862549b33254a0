from functools import cmp_to_key
import functools

def compare(a, b):
    return (a > b) - (a < b)

def by_len_then_alpha(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    return -1 if a < b else (1 if a > b else 0)

words = ["pear", "fig", "apple", "kiwi", "date"]
print(sorted(words, key=cmp_to_key(by_len_then_alpha)))
print(sorted(words, key=functools.cmp_to_key(lambda a, b: len(b) - len(a))))
nums = [3, 1, 2, 5, 4]
nums.sort(key=cmp_to_key(compare), reverse=True)
print(nums)
print(min(words, key=cmp_to_key(compare)), max(words, key=cmp_to_key(by_len_then_alpha)))
pairs = [(1, "b"), (0, "z"), (1, "a")]
print(sorted(pairs, key=cmp_to_key(lambda p, q: compare(p[1], q[1]))))
floats = [0.5, -1.5, 2.25]
print(sorted(floats, key=cmp_to_key(lambda a, b: a - b)))
