# list() and tuple() from iterables.
print(list("abc"), list((1, 2)), list(range(3)), list(), list(x for x in "hi"))
print(tuple([1, 2]), tuple("ab"), tuple(), tuple(range(2)))
a = [1, 2, 3]
b = list(a)
b.append(4)
print(a, b)
