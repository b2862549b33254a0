# str.format(**mapping) and format_map, mixed with positional and named
# arguments.
row = {"name": "ann", "score": 91.456, "rank": 1}
print("{name:>6}|{score:8.2f}|#{rank}".format(**row))
print("{0}-{name}-{extra}".format("pos", extra="x", **row))
print("{name} scored {score:.1f}".format_map(row))
tmpl = "{host}:{port}"
cfg = {"host": "h", "port": 80}
print(tmpl.format(**cfg))
