from concurrent.futures import ThreadPoolExecutor
results = []
def main():
    with ThreadPoolExecutor(max_workers=1) as ex:
        for i in range(3):
            def job(x=i):
                results.append(x)
                return x
            ex.submit(job).result()
    print(results)
main()
