from collections import defaultdict, OrderedDict

counts = defaultdict(int)
for w in ["a", "b", "a", "c", "a"]:
    counts[w] += 1
print(counts)
print(counts["a"], counts["zzz"], len(counts), counts.get("nope"), counts.get("nope", 0))
print(counts.keys(), counts.items())
totals = defaultdict(float)
totals["x"] += 1.5
print(totals)


def make_label():
    return "unset"


labels = defaultdict(make_label)
labels["k1"] = "given"
print(labels["k1"], labels["k2"], len(labels))
zero = defaultdict(lambda: 100)
zero["q"] -= 1
print(zero["q"], zero["r"])
od = OrderedDict()
od["one"] = 1
od["two"] = 2
od["three"] = 3
od.move_to_end("one")
print(od)
od.move_to_end("three", last=False)
print(od, od.keys())
print(od.popitem(), od.popitem(last=False), od)
print(OrderedDict([("x", 1), ("y", 2)]))
