from concurrent.futures import ThreadPoolExecutor

def main():
    tasks = []
    for i in range(3):
        tasks.append(lambda: i * 2)
    with ThreadPoolExecutor(max_workers=2) as ex:
        futs = [ex.submit(t) for t in tasks]
        print([f.result() for f in futs])

main()
