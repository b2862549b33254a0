import copy
from dataclasses import dataclass, field


@dataclass
class Config:
    name: str
    retries: int = 3
    hosts: list = field(default_factory=list)


class Node:
    def __init__(self, value):
        self.value = value
        self.children = []
        self.parent = None

    def add(self, child):
        child.parent = self
        self.children.append(child)
        return child


base = Config("svc", hosts=["a", "b"])
c1 = copy.copy(base)
c2 = copy.deepcopy(base)
c1.retries = 5
base.hosts.append("c")
print(base)
print(c1)
print(c2)
print(c1 == base, c2 == base, c1 is base)

root = Node(1)
kid = root.add(Node(2))
kid.add(Node(3))
clone = copy.deepcopy(root)
clone.children[0].value = 20
print(root.children[0].value, clone.children[0].value)
print(clone.children[0].parent is clone, clone.children[0].parent is root)
print(clone.children[0].children[0].parent is clone.children[0])

items = [Node(7), Node(8)]
shallow = copy.copy(items)
deep = copy.deepcopy(items)
print(shallow[0] is items[0], deep[0] is items[0], deep[1].value)
