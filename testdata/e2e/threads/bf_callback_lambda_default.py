from concurrent.futures import ThreadPoolExecutor

def main():
    out = []
    with ThreadPoolExecutor(max_workers=1) as ex:
        for i in range(3):
            fut = ex.submit(pow, 2, i)
            fut.add_done_callback(lambda f, i=i: out.append((i, f.result())))
            fut.result()
    print(out)

main()
