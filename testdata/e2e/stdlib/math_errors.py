import math


def main():
    for x in [16.0, -1.0]:
        try:
            print(math.sqrt(x))
        except ValueError as e1:
            print("ValueError:", e1)
    try:
        math.log(0.0)
    except ValueError as e2:
        print("log:", e2)
    try:
        math.exp(1000.0)
    except OverflowError as e3:
        print("exp:", e3)
    try:
        math.factorial(-1)
    except ValueError as e4:
        print("factorial:", e4)
    try:
        math.floor(math.inf)
    except OverflowError as e5:
        print("floor:", e5)
    print(math.acos(2.0))


main()
