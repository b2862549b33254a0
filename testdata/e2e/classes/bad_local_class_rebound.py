def make(n):
    total = 0
    for i in range(n):
        total += i

    class Report:
        def show(self):
            return total

    return Report()


print(make(4).show())
