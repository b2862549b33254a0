class Multiplier:
    def __init__(self, factor):
        self.factor = factor
        self.calls = 0

    def __call__(self, x):
        self.calls += 1
        return x * self.factor


double = Multiplier(2)
print(double(5), double(21))
print(double.calls)
triple = Multiplier(3)
print([triple(i) for i in range(4)], triple.calls)
