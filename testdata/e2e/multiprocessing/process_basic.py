from multiprocessing import Process


def greet(who, punct="!"):
    print("hello", who + punct)


if __name__ == "__main__":
    p = Process(target=greet, args=("world",))
    print(p.name, p.is_alive(), p.exitcode)
    p.start()
    p.join()
    print(p.name, p.is_alive(), p.exitcode, p.daemon)
    q = Process(target=greet, args=("again",), kwargs={"punct": "?"}, name="custom")
    q.start()
    q.join()
    print(q.name, q.exitcode)
