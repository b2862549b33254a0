# input at end of input (the tests run with stdin empty): the prompt is
# printed, then EOFError.
try:
    line = input("name? ")
    print("got", line)
except EOFError as e:
    print("EOFError:", e)
print("done")
