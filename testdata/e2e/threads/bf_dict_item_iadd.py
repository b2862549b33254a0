import threading
groups = {"a": [], "b": []}
alias = groups["a"]
def add(k, v):
    groups[k] += [v]
    groups[k] += (v * 10,)
for k, v in [("a", 1), ("b", 2), ("a", 3)]:
    t = threading.Thread(target=add, args=(k, v))
    t.start()
    t.join()
print(groups, alias)
