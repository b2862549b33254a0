def make_counters():
    counters = []
    for i in range(3):
        def counter(start=i):
            total = start

            def step():
                nonlocal total
                total += 10
                return total
            return step
        counters.append(counter())
    return counters


for c in make_counters():
    print(c(), c())


def accumulate(xs):
    result = 0

    def add(v):
        nonlocal result
        result += v
    for x in xs:
        add(x)
    return result


print(accumulate([1, 2, 3, 4]))
