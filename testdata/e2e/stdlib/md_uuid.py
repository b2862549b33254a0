"""uuid.uuid4(): random, so only the format, length, version and
uniqueness are checked; UUID(hex) parsing, equality, hashing, repr."""
import uuid
ids = [uuid.uuid4() for _ in range(50)]
print(len(set(ids)), all(u.version == 4 for u in ids))
u = ids[0]
s = str(u)
print(len(s), s.count("-"), [len(p) for p in s.split("-")], s[14], s[19] in "89ab", len(u.hex), u.hex == s.replace("-", ""))
v = uuid.UUID(s)
print(v == u, repr(v) == "UUID('" + s + "')", uuid.UUID("12345678-1234-5678-1234-567812345678"))
print(uuid.UUID("{12345678123456781234567812345678}").hex, f"{u}" == s, {u: 1}[v], len(u.bytes))
try:
    uuid.UUID("nope")
except ValueError as e:
    print(e)
