try:
    open("/nonexistent/x")
except OSError as e:
    print(e.errno, e.strerror, e.filename, e.args, repr(e), str(e))
try:
    raise OSError(5, "Boom", "f.txt")
except OSError as e:
    print(e.errno, e.strerror, e.filename, e.args, repr(e), str(e))
print(str(OSError("plain")), OSError(1, "x").args, str(OSError(1, "x")))
