def managed(n):
    print("open")
    try:
        for i in range(n):
            yield i
    finally:
        print("close")


for v in managed(3):
    print("value", v)
for v in managed(5):
    if v == 1:
        break
print("end")
