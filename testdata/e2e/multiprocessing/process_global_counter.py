from multiprocessing import Process, current_process

counter = 100
log = []
seen = {}


def bump(n):
    global counter
    for _ in range(n):
        counter += 1
    log.append(current_process().name)
    seen[n] = counter
    print("child", current_process().name, counter, log, seen)


if __name__ == "__main__":
    counter = 5
    log.append("parent")
    ps = [Process(target=bump, args=(i + 1,)) for i in range(3)]
    for p in ps:
        p.start()
        p.join()
    print("parent", counter, log, seen)
