class Node:
    def __init__(self, value, next=None):
        self.value = value
        self.next = next


class LinkedList:
    def __init__(self):
        self.head = None
        self.size = 0

    def push(self, value):
        self.head = Node(value, self.head)
        self.size += 1

    def values(self):
        out = []
        node = self.head
        while node is not None:
            out.append(node.value)
            node = node.next
        return out

    def find(self, value):
        node = self.head
        while node:
            if node.value == value:
                return node
            node = node.next
        return None


ll = LinkedList()
for v in [3, 1, 4, 1, 5]:
    ll.push(v)
print(ll.values(), ll.size)
n = ll.find(4)
print(n.value if n is not None else "missing")
print(ll.find(9) is None)
