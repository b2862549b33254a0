def fail():
    raise ExceptionGroup("two", [ValueError("x"), TypeError("y")])


try:
    fail()
except* ValueError as eg:
    print("handled", eg.exceptions)
print("unreachable")
