import threading

def main():
    a, b = 0, ""
    def step(x):
        nonlocal a, b
        a, b = a + x, b + str(x)
    for x in range(3):
        t = threading.Thread(target=step, args=(x,))
        t.start()
        t.join()
    print(a, b)

main()
