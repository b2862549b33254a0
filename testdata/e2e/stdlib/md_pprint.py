"""pprint.pprint/pformat/pp of nested data within width 80 and narrower:
sorted dict keys, one item per line when the repr does not fit, long
strings split into literals."""
import pprint


def inventory():
    stock = {}
    for i, name in enumerate(["widget", "gadget", "doohickey", "sprocket", "gizmo"]):
        stock[name] = {"count": i * 7, "bins": list(range(i * 3)), "tags": ("new", "sale") if i % 2 else ("old",)}
    return stock


report = {
    "title": "Quarterly inventory report for the northern warehouse, prepared automatically",
    "items": inventory(),
    "totals": {"count": 70, "value": 1234.5},
    "flags": {"audited", "exported"},
    "empty": [],
}
pprint.pprint(report)
pprint.pprint(report["items"]["sprocket"], width=30)
pprint.pp({"b": 1, "a": [1, 2, 3] * 10}, width=40)
text = pprint.pformat([list(range(i)) for i in range(12, 16)], indent=2)
print(text)
print(len(text.splitlines()))
pprint.pprint(list(range(5)))
