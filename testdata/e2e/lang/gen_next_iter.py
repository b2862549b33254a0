def letters():
    yield "a"
    yield "b"


g = letters()
print(next(g))
print(next(g))
print(next(g, "default"))
it = iter([10, 20, 30])
print(next(it), next(it))
for rest in it:
    print("rest", rest)
print(next(it, None))
g2 = letters()
next(g2)
next(g2)
next(g2)
