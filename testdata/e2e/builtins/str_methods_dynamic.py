# str methods on values whose type is only known at run time.
vals = {"a": "  Mixed Case  ", "b": "x,y,z", "c": "title me"}
print([v.strip().lower() for v in vals.values()])
print(vals["b"].split(","), vals["b"].replace(",", ";"), vals["c"].title())
print(vals["a"].strip().center(16, "*"), vals["c"].startswith("ti"), vals["b"].count(","))
print(vals["c"].upper().split(" ", 1), vals["b"].find("z"), vals["a"].isspace())
