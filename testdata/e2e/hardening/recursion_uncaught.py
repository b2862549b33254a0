# An uncaught RecursionError prints the traceback with the repeated frames
# collapsed and exits 1.
def walk(node):
    return walk(node + 1)


print("start", flush=True)
walk(0)
print("not reached")
