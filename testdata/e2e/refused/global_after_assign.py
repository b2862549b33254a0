# CPython rejects the whole program: count is assigned before the global
# statement that would make it the module's.
count = 0


def bump():
    count = 1
    global count
    count += 1


bump()
print(count)
