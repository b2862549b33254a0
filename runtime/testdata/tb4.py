def get(items, i):
    return items[i]


def safe(items):
    try:
        return get(items, 5)
    finally:
        print("cleanup")


safe([1])
