import sys

print(sys.version_info >= (3, 8), sys.version_info < (3, 0), sys.version_info[0], sys.version_info.major)
if sys.version_info >= (3, 10):
    print("modern python")
print(sys.version_info >= (3, 11), sys.version_info.minor >= 11, len(sys.version_info))
