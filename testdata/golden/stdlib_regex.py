import json
import re

PAIR = re.compile(r"(\w+)=(\d+)")


def parse(line):
    out = {}
    for m in PAIR.finditer(line):
        out[m.group(1)] = int(m.group(2))
    return out


print(json.dumps(parse("a=1 b=22 junk c=333"), sort_keys=True))
print(re.sub(r"\s+", " ", "too   many    spaces"))
