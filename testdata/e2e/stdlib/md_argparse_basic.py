"""argparse for a script run without arguments: the defaults from
parse_args() on sys.argv, then explicit lists exercising positionals
with nargs, options with type/default/choices/action, user type
functions, %(default)s in help, and the help text CPython prints."""
import argparse


def positive(text):
    value = int(text)
    if value <= 0:
        raise ValueError("not positive")
    return value


def build_parser():
    parser = argparse.ArgumentParser(
        description="Resize images in a directory tree and write a report of what changed, "
        "skipping files that are already small enough.",
        epilog="Exit status is 0 on success.",
    )
    parser.add_argument("source", nargs="?", default=".", help="directory to scan (default: %(default)s)")
    parser.add_argument("patterns", nargs="*", help="glob patterns to include")
    parser.add_argument("-w", "--width", type=positive, default=800, help="target width in pixels")
    parser.add_argument("--quality", type=float, default=0.85, metavar="Q", help="JPEG quality between 0 and 1")
    parser.add_argument("--format", choices=["jpg", "png", "webp"], default="jpg", help="output format")
    parser.add_argument("-n", "--dry-run", action="store_true", help="show what would change without writing anything at all to the disk")
    parser.add_argument("-v", "--verbose", action="count", default=0, help="more output; repeat for even more")
    parser.add_argument("--exclude", action="append", default=[], help="a pattern to skip")
    parser.add_argument("--size", nargs=2, type=int, metavar=("W", "H"))
    parser.add_argument("--fast", dest="mode", action="store_const", const="fast", default="careful")
    return parser


parser = build_parser()
args = parser.parse_args()
print(args)
print(args.source, args.width, args.dry_run, args.format, args.quality * 100)
for argv in [
    ["photos", "*.jpg", "*.png", "-w", "640", "--dry-run"],
    ["-vvv", "--format=png", "--exclude", "tmp", "--exclude=cache", "--quality", ".5"],
    ["--size", "10", "20", "--fast", "--", "-odd-name"],
    ["--wid", "1024", "-nv", "album"],
]:
    ns = parser.parse_args(argv)
    print(ns)
    if ns.dry_run:
        print("dry run of", ns.source, "at", ns.width)
parser.print_help()
print(repr(parser.format_usage()))
