def parse_all(items):
    total = 0
    bad = 0
    for s in items:
        try:
            n = int(s)
        except ValueError:
            bad += 1
            continue
        else:
            if n < 0:
                break
        finally:
            print("seen", s)
        total += n
    return total, bad


print(parse_all(["1", "x", "3", "-1", "100"]))
print(parse_all([]))

attempt = 0
while True:
    attempt += 1
    try:
        if attempt < 3:
            raise RuntimeError(f"attempt {attempt} failed")
        print("succeeded on attempt", attempt)
        break
    except RuntimeError as e:
        print("retrying:", e)
print("attempts:", attempt)
