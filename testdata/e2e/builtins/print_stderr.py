# print to sys.stderr and flush; only the last stderr line is compared.
import sys
print("to stdout")
print("warning:", 42, file=sys.stderr)
print("done", flush=True)
print("last", "line", sep="-", file=sys.stderr)
