# Appending to a list a method returned would change a copy of the Go
# slice; py2go refuses it.
class A:
    def __init__(self):
        self.xs = []
    def get(self):
        return self.xs
a = A()
a.get().append(1)
print(a.xs)
