from concurrent.futures import ThreadPoolExecutor

def main():
    log = []
    def task(i):
        log.append(f"task {i}")
        return i * i
    def on_done(fut):
        log.append(f"done {fut.result()}")
    with ThreadPoolExecutor(max_workers=1) as ex:
        for i in range(3):
            f = ex.submit(task, i)
            f.add_done_callback(on_done)
            f.result()
    print("\n".join(log))

main()
