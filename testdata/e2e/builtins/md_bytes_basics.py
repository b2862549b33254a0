"""bytes and bytearray: literals and their repr, bytes(), bytearray(),
encode/decode, len, indexing gives ints, slicing, hex and fromhex, +, *,
in, iteration, comparisons, common methods, bytes as dict keys."""


def checksum(payload):
    total = 0
    for byte in payload:
        total = (total * 31 + byte) % 65521
    return total


def frame(kind, body):
    header = bytes([0x7E, len(body)])
    return header + kind.encode("ascii") + b":" + body


raw = b"ab\x00\xff\n'q'"
print(raw, len(raw), raw[0], raw[-1], raw[1:3], list(raw[:4]), repr(b'"'), b"\t\\")
text = "naïve café"
encoded = text.encode("utf-8")
print(encoded, len(text), len(encoded), encoded.decode(), encoded.decode("utf-8") == text)
print(encoded.hex(), bytes.fromhex("de ad be ef"), bytes(3), bytes(range(65, 70)), bytes("ok", "ascii"))
msg = frame("PING", b"hello")
print(msg, checksum(msg), msg.startswith(b"\x7e"), msg[2:6].decode())
print(b"ab" + b"cd", b"-" * 5, b"ell" in b"hello", 104 in b"hello", b"abc" < b"abd", b"x" == b"x")
print(b"  padded  ".strip(), b"a,b,,c".split(b","), b"one two  three".split(), b"-".join([b"x", b"y"]))
print(b"Hello".upper(), b"Hello".lower(), b"hello".find(b"l"), b"hello".count(b"l"), b"hello".replace(b"l", b"L"))
buf = bytearray(b"abc")
buf.append(100)
buf.extend(b"ef")
buf[0] = 65
print(buf, len(buf), buf[1], bytes(buf), buf.decode(), buf.pop(), buf)
seen = {}
for chunk in [b"x", b"y", b"x"]:
    seen[chunk] = seen.get(chunk, 0) + 1
print(seen, isinstance(raw, bytes), type(buf).__name__, str(b"s"), f"{b'f'}")
try:
    print(raw[20])
except IndexError as err:
    print("IndexError:", err)
try:
    b"\xff".decode()
except UnicodeDecodeError as err:
    print("UnicodeDecodeError:", err)
