# 200,000 tiny tasks through a ThreadPoolExecutor, each result fetched.
from concurrent.futures import ThreadPoolExecutor

N = 200000


def square(x):
    return x * x


def main():
    total = 0
    with ThreadPoolExecutor(max_workers=4) as ex:
        futures = [ex.submit(square, i) for i in range(N)]
        for f in futures:
            total += f.result()
    print(total)


main()
