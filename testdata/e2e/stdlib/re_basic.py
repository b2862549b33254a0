import re

text = "Order 66 shipped 2024-03-15; order 7 pending 2023-12-01."
m = re.search(r"(\d{4})-(\d{2})-(\d{2})", text)
if m:
    print(m.group(), m.group(0), m.group(1), m.group(2, 3), m.groups())
    print(m.start(), m.end(), m.span(), m.start(2), m.span(1))
print(m)
print(re.match(r"\d+", text), re.match(r"Order", text))
print(re.fullmatch(r"[a-z]+", "hello"), re.fullmatch(r"[a-z]+", "hello!"))
print(re.findall(r"\d+", text))
print(re.findall(r"(\d+)-\d+", text))
print(re.findall(r"(\d{4})-(\d{2})", text))
print(re.findall(r"order", text, re.IGNORECASE))
for mm in re.finditer(r"\b(\w)(\w*)\b", "hi there you"):
    print(mm.group(1), mm.group(2), mm.span())
print(re.sub(r"\d+", "#", text))
print(re.sub(r"(\d{4})-(\d{2})-(\d{2})", r"\3/\2/\1", text))
print(re.sub(r"(?P<word>[a-z]+)", r"<\g<word>>", "ab 12 cd", count=1))
print(re.split(r"[;,\s]+", "a, b;c  d"))
print(re.split(r"(-)", "1-2-3"))
print(re.split(r"\s", "a b c d", maxsplit=2))
print(re.escape("a.b*c?"), re.subn(r"a", "A", "banana"))
