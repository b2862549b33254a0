import os
import os.path
from os.path import join, basename

print(os.path.join("a", "b", "c.txt"), join("/usr", "lib"), os.path.join("a/", "b"), os.path.join("a", "/abs", "x"))
print(basename("/tmp/x/file.tar.gz"), os.path.basename("dir/"), os.path.dirname("/tmp/x/file.txt"), os.path.dirname("file"))
print(os.path.dirname("/"), os.path.dirname("//a"), os.path.split("a/b/c"))
print(os.path.splitext("archive.tar.gz"), os.path.splitext(".bashrc"), os.path.splitext("a.b/c"), os.path.splitext("x."))
parts = os.path.splitext("report.pdf")
print(parts[0], parts[1])
print(os.path.normpath("a//b/./c/../d"), os.path.normpath(""), os.path.normpath("/../x"))
print(os.path.exists("os_path.py"), os.path.exists("no_such_file.txt"), os.path.isfile("os_path.py"), os.path.isdir("."))
print(os.path.abspath("x.txt") == os.path.join(os.getcwd(), "x.txt"))
print(os.sep, os.name, os.getpid() > 0, os.getppid() > 0, os.cpu_count() >= 1)
print("os_path.py" in os.listdir("."))
