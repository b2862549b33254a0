def main():
    errors = []
    for x in [1, 0, 2]:
        try:
            print(10 // x)
        except ZeroDivisionError as e:
            errors.append(str(e))
    for e in errors:
        print("error:", e)

main()
