# A small report: alignment, grouping and percentages in f-strings.
rows = [("widgets", 1200, 0.153), ("gadgets", 87, 0.0421), ("doohickeys", 1234567, 0.8049)]
total = sum(n for _, n, _ in rows)
width = max(len(name) for name, _, _ in rows)
print(f"{'item':<{width}} | {'count':>10} | {'share':>7}")
print("-" * (width + 23))
for name, count, share in rows:
    print(f"{name:<{width}} | {count:>10,} | {share:>7.1%}")
print(f"{'total':<{width}} | {total:>10,} | {1:>7.0%}")
print("{:=^30}".format(" end "))
