# Lists stored in dicts change in place: d[k].append(x), d[k].sort().
d = {}
d["a"] = []
d["a"].append(1)
d["a"].extend([2, 3])
print(d)
nested = {"xs": [3, 1, 2]}
nested["xs"].sort()
print(nested, len(nested["xs"]), nested["xs"].index(2))
rows = [[1, 2], [3]]
rows[1].append(4)
print(rows)
