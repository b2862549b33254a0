# An uncaught ValueError from int() ends the program with a traceback.
print("before")
n = int("12x")
print("never", n)
