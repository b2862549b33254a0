# str.encode and bytes.decode for UTF-8 and ASCII.
b = "héllo".encode()
print(b, len(b), b.decode(), "abc".encode("ascii"), "x y".encode("utf-8"))
print("naïve".encode("ascii", "ignore"), "naïve".encode("ascii", "replace"))
try:
    "naïve".encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
