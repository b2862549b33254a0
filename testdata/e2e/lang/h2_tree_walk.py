import sys

class Node:
    def __init__(self, value, children=None):
        self.value = value
        self.children = children or []

    def add(self, child):
        self.children.append(child)
        return child

    def depth(self):
        return 1 + max((c.depth() for c in self.children), default=0)

    def walk(self, level=0):
        yield level, self.value
        for c in self.children:
            yield from c.walk(level + 1)

    def __iter__(self):
        for _, v in self.walk():
            yield v

    def __contains__(self, v):
        return any(x == v for x in self)

    def __repr__(self):
        return f"Node({self.value!r}, {len(self.children)} children)"

def build():
    root = Node("root")
    a = root.add(Node("a"))
    a.add(Node("a1"))
    a.add(Node("a2")).add(Node("a2x"))
    root.add(Node("b"))
    return root

def render(node):
    for level, v in node.walk():
        print("  " * level + ("- " if level else "") + str(v))

def main():
    root = build()
    render(root)
    print(root.depth(), list(root), "a2x" in root, "zz" in root, root)
    print(sorted(root, key=len, reverse=True)[:2])
    counts = {}
    for level, _ in root.walk():
        counts[level] = counts.get(level, 0) + 1
    print(counts)
    sys.setrecursionlimit(50)
    deep = Node(0)
    cur = deep
    for i in range(100):
        cur = cur.add(Node(i))
    try:
        deep.depth()
    except RecursionError as e:
        print("RecursionError:", e)

main()
