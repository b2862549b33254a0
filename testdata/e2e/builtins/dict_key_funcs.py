# Dict methods as key functions: max(d, key=d.get) and friends.
counts = {"a": 3, "b": 7, "c": 5, "d": 7}
print(max(counts, key=counts.get), min(counts, key=counts.get))
print(sorted(counts, key=counts.get, reverse=True), sorted(counts.items()))
print(max(counts.values()), len(counts.keys()), sum(counts.values()) / len(counts))
ranking = sorted(counts.items(), key=lambda kv: kv[1], reverse=True)
for rank, (name, n) in enumerate(ranking, 1):
    print(f"{rank}. {name} {n:>3}")
