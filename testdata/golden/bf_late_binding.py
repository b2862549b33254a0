# Closures made in a loop read the loop variable when they run; a
# default argument keeps each value.
import threading


def main():
    funcs = []
    for i in range(3):
        funcs.append(lambda: i)
    keep = [lambda n=n: n for n in range(3)]
    print([f() for f in funcs], [f() for f in keep])
    out = []
    threads = []
    threads += [threading.Thread(target=lambda: out.append(k)) for k in range(2)]
    [t.start() for t in threads]
    [t.join() for t in threads]
    print(out)


main()
