# Errors raised by str.format.
cases = ["{} {0}", "{0} {}", "{2}", "{", "}", "{:d}"]
for fmt in cases:
    try:
        print(fmt.format("x", "y"))
    except (ValueError, IndexError) as e:
        print(type(e).__name__, e)
print("{missing}".format(a=1))
