import argparse
import pprint


def parse_pair(text):
    key, _, value = text.partition("=")
    return (key, value)


parser = argparse.ArgumentParser(description="Print a settings file.")
parser.add_argument("path", nargs="?", default="settings.ini")
parser.add_argument("-s", "--set", type=parse_pair, action="append", default=[], help="override KEY=VALUE")
parser.add_argument("--width", type=int, default=80)
args = parser.parse_args()
settings = {"path": args.path, "overrides": dict(args.set)}
pprint.pprint(settings, width=args.width)
