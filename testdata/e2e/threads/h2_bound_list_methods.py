import threading
from concurrent.futures import ThreadPoolExecutor

out = []
ts = [threading.Thread(target=out.append, args=(i,)) for i in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(out))
collected = []
with ThreadPoolExecutor(2) as ex:
    list(ex.map(collected.append, "abc"))
print(sorted(collected))
stack = [1, 2, 3]
pop = stack.pop
print(pop(), pop(), stack)
