# A special method that cannot take the arguments Python passes it: CPython
# raises TypeError at its first use; py2go refuses it with its position.
class Grid:
    def __init__(self):
        self.cells = [1, 2, 3]

    def __getitem__(self):
        return self.cells[0]


g = Grid()
print(g[0])
