from functools import partial

acc = []
push = partial(acc.append)
push(1)
print(acc)
