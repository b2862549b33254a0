import re

WORD = re.compile(r"(?P<key>\w+)=(?P<value>[^;]*)")
print(WORD, WORD.pattern, WORD.groups)
config = "host=example.org;port=8080;debug="
for m in WORD.finditer(config):
    print(m.group("key"), repr(m.group("value")), m.groupdict())
m = WORD.match(config)
print(m["key"], m.group("value"), m.start("value"))


def shout(m):
    return "<" + m.group(0) + "!>"


print(re.sub(r"[aeiou]\w", shout, "banana split"))
print(re.sub(r"\d", lambda m: str(int(m.group()) * 2), "a1b2c3"))
lines = "first line\nsecond line\nthird"
print(re.findall(r"^\w+", lines, re.MULTILINE))
print(re.findall(r"^\w+", lines))
print(re.search(r"line.second", lines), re.search(r"line.second", lines, re.DOTALL))
verbose = re.compile(r"""
    (\d+)   # digits
    \s*     # spaces
    ([a-z]+) # unit
""", re.VERBOSE)
print(verbose.findall("10 kg, 5km and 7  m"))
print(re.match(r"(a)?b", "b").groups(), re.match(r"(a)?b", "b").groups("-"))
print(re.search(r"x", "abc"))
try:
    re.compile("(unclosed")
except re.error:
    print("re.error")
print(len(re.findall("é", "café é")), re.search("é", "café").span())
