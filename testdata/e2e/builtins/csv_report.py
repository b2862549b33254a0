# A script-style report: parse CSV text, aggregate with dicts, print a table.
DATA = """name,dept,salary
alice,eng,120000
bob,sales,65000.50
carol,eng,135000
dave,ops,72000
erin,sales,58000"""

lines = DATA.strip().splitlines()
header = lines[0].split(",")
rows = [dict(zip(header, line.split(","))) for line in lines[1:]]
by_dept = {}
for row in rows:
    by_dept.setdefault(row["dept"], []).append(float(row["salary"]))
print(f"{'dept':<6}{'n':>3}{'total':>14}{'mean':>12}")
for dept in sorted(by_dept):
    pay = by_dept[dept]
    print(f"{dept:<6}{len(pay):>3}{sum(pay):>14,.2f}{sum(pay) / len(pay):>12.1f}")
top = max(rows, key=lambda r: float(r["salary"]))
print("top earner: %(name)s (%(dept)s)" % top)
names = ", ".join(r["name"].title() for r in rows if r["dept"] != "ops")
print(names, len(rows), any(r["dept"] == "hr" for r in rows))
