# A function whose parameter joins an int and a str (it recurses on an
# int) submitted with a str: the argument goes in as a dynamic value.
from concurrent.futures import ThreadPoolExecutor


def work(x):
    n = x if isinstance(x, int) else len(str(x))
    return 1 if n <= 1 else n * work(n - 1)


def main():
    items = ["a", "bb", "2cc"]
    with ThreadPoolExecutor(max_workers=3) as ex:
        futs = [ex.submit(work, x) for x in items]
        print(" / ".join(str(f.result()) for f in futs))


if __name__ == "__main__":
    main()
