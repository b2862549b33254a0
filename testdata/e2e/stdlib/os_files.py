import os
import shutil
import tempfile
from concurrent.futures import ThreadPoolExecutor

base = tempfile.mkdtemp(prefix="py2go-")
print(os.path.isdir(base), os.path.basename(base).startswith("py2go-"), tempfile.gettempdir() != "")
nested = os.path.join(base, "a", "b")
os.makedirs(nested)
os.makedirs(nested, exist_ok=True)
try:
    os.makedirs(nested)
except FileExistsError as e:
    print("FileExistsError", str(e).replace(base, "BASE"))
os.mkdir(os.path.join(base, "c"))


def make(i):
    p = os.path.join(base, "c", f"{i}.txt")
    with open(p, "w") as f:
        f.write(str(i) * i)
    return p


with ThreadPoolExecutor(3) as ex:
    files = list(ex.map(make, range(1, 5)))
print(sorted(os.listdir(os.path.join(base, "c"))))
os.rename(files[0], files[0] + ".bak")
os.replace(files[1], os.path.join(base, "moved.txt"))
print(sorted(os.listdir(base)), sorted(os.listdir(os.path.join(base, "c"))))
for bad in [lambda: os.remove(os.path.join(base, "nope")), lambda: os.rmdir(os.path.join(base, "c")),
            lambda: os.remove(os.path.join(base, "c")), lambda: os.mkdir(base),
            lambda: os.rename(os.path.join(base, "x"), os.path.join(base, "y"))]:
    try:
        bad()
    except OSError as e:
        print(type(e).__name__, str(e).replace(base, "BASE"))
os.unlink(os.path.join(base, "moved.txt"))
shutil.rmtree(base)
print(os.path.exists(base))
try:
    shutil.rmtree(base)
except FileNotFoundError as e:
    print("FileNotFoundError", str(e).replace(base, "BASE"))
