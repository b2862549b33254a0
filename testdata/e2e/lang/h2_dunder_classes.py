class Temperature:
    def __init__(self, celsius=0.0):
        self._c = celsius

    @property
    def celsius(self):
        return self._c

    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError("below absolute zero")
        self._c = value

    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32

    @classmethod
    def from_f(cls, f):
        return cls((f - 32) * 5 / 9)

    def __repr__(self):
        return f"Temperature({self._c:.1f})"

class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]

    def __getitem__(self, idx):
        r, c = idx
        return self.rows[r][c]

    def __setitem__(self, idx, v):
        r, c = idx
        self.rows[r][c] = v

    def __len__(self):
        return len(self.rows)

    def __iter__(self):
        return iter(self.rows)

    def __mul__(self, other):
        return Matrix([[sum(a * b for a, b in zip(row, col)) for col in zip(*other.rows)] for row in self.rows])

    def __eq__(self, other):
        return isinstance(other, Matrix) and self.rows == other.rows

    def __bool__(self):
        return any(any(r) for r in self.rows)

    def __str__(self):
        return "\n".join(" ".join(f"{v:3}" for v in r) for r in self.rows)

class Countdown:
    def __init__(self, start):
        self.current = start

    def __iter__(self):
        return self

    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1

class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x):
        return x + self.n

def main():
    t = Temperature(25)
    print(t, t.fahrenheit)
    t.celsius = 30
    print(t.celsius, Temperature.from_f(212))
    try:
        t.celsius = -300
    except ValueError as e:
        print("error:", e)
    m = Matrix([[1, 2], [3, 4]])
    i = Matrix([[1, 0], [0, 1]])
    print(m * i == m, len(m), m[1, 0])
    m[0, 0] = 9
    print(m)
    print(bool(Matrix([[0]])), bool(m))
    for row in m:
        print(row)
    print(list(Countdown(3)), sum(Countdown(4)))
    add5 = Adder(5)
    print(add5(1), list(map(add5, [1, 2])))

main()
