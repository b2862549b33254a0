"""argparse errors: each prints the usage and `prog: error: ...` to
stderr and raises SystemExit(2), which a script may catch; the last one
is not caught, so the program exits with status 2."""
import argparse

parser = argparse.ArgumentParser(prog="convert")
parser.add_argument("infile")
parser.add_argument("outfile", nargs="+")
parser.add_argument("--level", type=int, choices=[1, 2, 3], default=1)
parser.add_argument("--name", required=True)
parser.add_argument("--verbose", action="store_true")
parser.add_argument("--version-check", action="store_true")

print(parser.parse_args(["a", "b", "c", "--name", "x", "--level", "2"]))
for argv in [
    ["a", "b", "--name", "x", "--level", "7"],
    ["a", "b", "--name", "x", "--level", "two"],
    ["a", "--name", "x"],
    ["a", "b"],
    ["a", "b", "--name"],
    ["a", "b", "--name", "x", "--ver"],
    ["a", "b", "--name", "x", "--verbose=yes"],
]:
    try:
        parser.parse_args(argv)
    except SystemExit as e:
        print("exit", e.code, "for", argv)
parser.parse_args(["a", "b", "--name", "x", "--colour", "red"])
print("not reached")
