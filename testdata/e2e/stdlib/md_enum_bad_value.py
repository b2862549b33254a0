"""An uncaught lookup of a value no member has: CPython's traceback ends
with the ValueError and the exit status is 1."""
from enum import IntEnum


class Code(IntEnum):
    OK = 200
    NOT_FOUND = 404


for raw in [200, 404, 500]:
    code = Code(raw)
    print(raw, code.name, code)
