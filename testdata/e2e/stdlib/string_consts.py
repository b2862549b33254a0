from __future__ import annotations

import string
from typing import List, Optional


def first(xs: List[str], default: Optional[str] = None) -> str:
    return xs[0]


print(string.ascii_lowercase, string.ascii_uppercase)
print(string.ascii_letters, string.digits, string.hexdigits, string.octdigits)
print(repr(string.punctuation), repr(string.whitespace))
print(len(string.printable))
print(string.capwords("hello   wORLD  again"), string.capwords("a-b-c", "-"))
print(first(["x", "y"]))
print("q" in string.ascii_lowercase, "Q" in string.ascii_lowercase)
