# An empty tuple of exception classes catches nothing (found by FuzzTranspile).
try:
    raise ValueError("x")
except ():
    print("never")
except ValueError as e:
    print("caught", e)
