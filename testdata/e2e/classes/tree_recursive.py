class TreeNode:
    def __init__(self, key):
        self.key = key
        self.left = None
        self.right = None


class BST:
    def __init__(self):
        self.root = None
        self.count = 0

    def insert(self, key):
        self.count += 1
        if self.root is None:
            self.root = TreeNode(key)
            return
        node = self.root
        while True:
            if key < node.key:
                if node.left is None:
                    node.left = TreeNode(key)
                    return
                node = node.left
            else:
                if node.right is None:
                    node.right = TreeNode(key)
                    return
                node = node.right

    def inorder(self, node, out):
        if node is None:
            return out
        self.inorder(node.left, out)
        out.append(node.key)
        self.inorder(node.right, out)
        return out

    def height(self, node):
        if node is None:
            return 0
        return 1 + max(self.height(node.left), self.height(node.right))


t = BST()
for k in [50, 30, 70, 20, 40, 60, 80, 35]:
    t.insert(k)
print(t.inorder(t.root, []))
print(t.count, t.height(t.root))
print(t.root.left.right.left.key)
