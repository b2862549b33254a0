from concurrent.futures import ThreadPoolExecutor

def main():
    def fib(n):
        a, b = 0, 1
        for _ in range(n):
            a, b = b, a + b
        return a
    with ThreadPoolExecutor() as ex:
        print(list(ex.map(fib, range(10))))

main()
