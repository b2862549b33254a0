# Errors of % formatting are Python's TypeErrors.
for fmt, args in [("%d %d", (1,)), ("%d", (1, 2)), ("%d", ("x",))]:
    try:
        print(fmt % args)
    except TypeError as e:
        print("TypeError:", e)
print("%s %s" % ("a",))
