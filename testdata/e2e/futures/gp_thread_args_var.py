import threading
from concurrent.futures import ThreadPoolExecutor


def work(a, b, sep="+"):
    print(f"{a}{sep}{b}={a + b}")


args = (1, 2)
t = threading.Thread(target=work, args=args)
t.start()
t.join()
options = {"sep": " plus "}
t = threading.Thread(target=work, args=(3, 4), kwargs=options)
t.start()
t.join()
words = ("x", "y", "z")
t = threading.Thread(target=print, args=words)
t.start()
t.join()
with ThreadPoolExecutor(1) as ex:
    ex.submit(print, *words, sep="-").result()
    ex.submit(work, *[5, 6], **options).result()
    ex.submit(print, "nums:", *[3, 9, 4]).result()
