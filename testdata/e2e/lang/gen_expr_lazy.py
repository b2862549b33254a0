def src():
    for i in range(5):
        print("yield", i)
        yield i


g = (x * 2 for x in src())
print("created")
for v in g:
    print("got", v)
    if v >= 4:
        break
print("after break")
total = 0
for v in (n for n in range(10) if n % 3 == 0):
    total += v
print(total)
