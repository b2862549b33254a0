# hashlib in Pool and thread pool workers: sha256/md5 of encoded strings,
# new(name) with update, a str refused at run time as in Python.
import hashlib
from multiprocessing import Pool
from concurrent.futures import ThreadPoolExecutor

def digest(word):
    return word, hashlib.sha256(word.encode()).hexdigest()[:16]

def crack(target_prefix, limit):
    for i in range(limit):
        h = hashlib.md5(str(i).encode("utf-8")).hexdigest()
        if h.startswith(target_prefix):
            return i, h
    return None

if __name__ == "__main__":
    words = ["alpha", "beta", "gamma"]
    with Pool(2) as pool:
        for w, d in pool.map(digest, words):
            print(f"{w:>6} {d}")
    with ThreadPoolExecutor(3) as ex:
        futs = [ex.submit(crack, p, 5000) for p in ["00", "abc", "fff"]]
        print([f.result() for f in futs])
    h = hashlib.new("sha1")
    h.update("part1".encode())
    h.update("part2".encode())
    print(h.name, h.digest_size, h.hexdigest(), len(h.digest()))
    try:
        hashlib.sha256("text")
    except TypeError as e:
        print("TypeError:", e)
