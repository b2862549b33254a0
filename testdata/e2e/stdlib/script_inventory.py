import json
import math
import sys
import time
from collections import defaultdict, Counter
from datetime import datetime, timedelta

ORDERS = """[
  {"id": 1, "item": "widget", "qty": 3, "price": 2.5, "day": "2024-05-01"},
  {"id": 2, "item": "gadget", "qty": 1, "price": 10.0, "day": "2024-05-01"},
  {"id": 3, "item": "widget", "qty": 7, "price": 2.5, "day": "2024-05-03"},
  {"id": 4, "item": "doohickey", "qty": 2, "price": 4.25, "day": "2024-05-04"}
]"""


def main():
    started = time.perf_counter()
    orders = json.loads(ORDERS)
    by_item = defaultdict(list)
    qty = Counter()
    for o in orders:
        by_item[o["item"]].append(o["id"])
        qty[o["item"]] += o["qty"]
    revenue = sum(o["qty"] * o["price"] for o in orders)
    print("orders by item:", dict(by_item))
    print("top:", qty.most_common(2))
    print(f"revenue: {revenue:.2f}, per order {revenue / len(orders):.3f}")
    first = datetime.strptime(orders[0]["day"], "%Y-%m-%d")
    last = datetime.strptime(orders[-1]["day"], "%Y-%m-%d")
    span = last - first
    print("span:", span, span.days, (first + timedelta(weeks=1)).date())
    print("boxes needed:", {k: math.ceil(v / 4) for k, v in qty.items()})
    summary = {"items": sorted(qty), "revenue": round(revenue, 2)}
    json.dump(summary, sys.stdout, sort_keys=True)
    print()
    elapsed = time.perf_counter() - started
    if elapsed < 0:
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
