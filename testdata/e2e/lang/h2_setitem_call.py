class Grid:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.cells = {}

    def __getitem__(self, pos):
        return self.cells.get(pos, 0)

    def __setitem__(self, pos, value):
        x, y = pos
        if not (0 <= x < self.w and 0 <= y < self.h):
            raise IndexError(f"{pos} outside {self.w}x{self.h}")
        self.cells[pos] = value

    def __len__(self):
        return len(self.cells)

class Scaler:
    def __init__(self, k):
        self.k = k
    def __call__(self, v):
        return v * self.k

g = Grid(3, 2)
g[0, 0] = 5
g[1, 1] += 2
g[1, 1] += 2
print(g[0, 0], g[1, 1], g[2, 1], len(g))
try:
    g[5, 5] = 1
except IndexError as e:
    print("IndexError:", e)
grids = [g, Grid(1, 1)]
grids[1][0, 0] = 7
print([len(x) for x in grids])
double = Scaler(2)
print(sorted([3, 1, 2], key=Scaler(-1)), list(map(double, [1.5, 2])), double(4))
