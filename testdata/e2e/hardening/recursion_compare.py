# A recursive __eq__ counts two levels a step (the comparison slot and the
# frame), as CPython does, and fails past the limit.
class Node:
    def __init__(self, v, nxt):
        self.v = v
        self.nxt = nxt

    def __eq__(self, other):
        return self.v == other.v and (self.nxt is None or self.nxt == other.nxt)

def chain(n):
    c = None
    for i in range(n):
        c = Node(i, c)
    return c

for n in (490, 495, 497, 498, 499, 500, 1000):
    try:
        print(n, chain(n) == chain(n))
    except RecursionError as e:
        print(n, e)
