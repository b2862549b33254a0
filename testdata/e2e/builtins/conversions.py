# int, float, str, bool constructors.
print(int("42"), int(" -7 "), int("1_000"), int(3.99), int(-3.99), int(True))
print(int("ff", 16), int("0x1F", 16), int("777", 8), int("1010", 2), int("z", 36), int("0b11", 0))
print(float("3.5"), float("-inf"), float("1e3"), float(" 2 "), float(7), float("nan"))
print(str(42), str(3.0), str(None), str([1, "a"]), str(True), str("s"))
print(bool(0), bool(1), bool(""), bool("x"), bool([]), bool([0]), bool(None), bool(0.0))
for bad in ["abc", "1.5", ""]:
    try:
        int(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    float("x1")
except ValueError as e:
    print("ValueError:", e)
