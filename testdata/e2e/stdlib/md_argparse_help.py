"""--help prints CPython's help text (prog is the script's name) and
exits with status 0 before the rest of the script runs."""
import argparse

parser = argparse.ArgumentParser(description="Fetch URLs concurrently.")
parser.add_argument("urls", nargs="+", metavar="URL", help="the pages to fetch")
parser.add_argument("-j", "--jobs", type=int, default=4, help="parallel downloads (default: %(default)s)")
parser.add_argument("--timeout", type=float, default=2.5, help="seconds per request")
print("parsing")
args = parser.parse_args(["--help"])
print("not reached", args)
