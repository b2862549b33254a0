# isinstance with builtin types and type(x).__name__.
values = [1, 2.5, "s", True, None, [1], (1,), 2**70]
for v in values:
    print(type(v).__name__, isinstance(v, int), isinstance(v, (float, str)), isinstance(v, object))
print(type(3), type("x"))
