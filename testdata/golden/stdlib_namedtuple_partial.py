"""Orders as namedtuples, priced by partial functions on a thread pool."""
from collections import namedtuple
from concurrent.futures import ThreadPoolExecutor
from functools import cmp_to_key, partial

Order = namedtuple("Order", "item qty price", defaults=[1.0])


def cost(rate, order):
    return order.qty * order.price * rate


def by_qty(a, b):
    return a.qty - b.qty


orders = [Order("pen", 3, 1.5), Order("ink", 1), Order(item="pad", qty=2, price=4.0)]
with_tax = partial(cost, 1.2)
with ThreadPoolExecutor(max_workers=2) as pool:
    totals = list(pool.map(with_tax, orders))
print([round(t, 2) for t in totals])
for order in sorted(orders, key=cmp_to_key(by_qty)):
    item, qty, _ = order
    print(f"{item}: {qty}", order._replace(qty=qty * 2))
print(orders[0] == ("pen", 3, 1.5), orders[1]._asdict())
