from concurrent.futures import ThreadPoolExecutor

def main():
    squares = {}
    def work(n):
        squares[n] = n * n
    with ThreadPoolExecutor(4) as ex:
        for n in range(5):
            ex.submit(work, n)
    print(dict(sorted(squares.items())))

main()
