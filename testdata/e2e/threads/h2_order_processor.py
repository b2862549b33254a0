import threading
import queue
import time
import random
from dataclasses import dataclass, field
from typing import List, Dict, Optional

@dataclass
class Order:
    order_id: int
    customer: str
    amount: float
    items: List[str] = field(default_factory=list)
    status: str = "new"

    def total_with_tax(self, rate: float = 0.2) -> float:
        return round(self.amount * (1 + rate), 2)

@dataclass
class Report:
    processed: int = 0
    failed: int = 0
    revenue: float = 0.0
    by_customer: Dict[str, float] = field(default_factory=dict)
    errors: List[str] = field(default_factory=list)

class OrderProcessor:
    def __init__(self, n_workers: int = 3):
        self.inbox: "queue.Queue[Optional[Order]]" = queue.Queue()
        self.report = Report()
        self.lock = threading.Lock()
        self.workers = [threading.Thread(target=self._loop, name=f"proc-{i}") for i in range(n_workers)]

    def _loop(self):
        while True:
            order = self.inbox.get()
            try:
                if order is None:
                    return
                self._handle(order)
            finally:
                self.inbox.task_done()

    def _handle(self, order: Order):
        if order.amount <= 0:
            with self.lock:
                self.report.failed += 1
                self.report.errors.append(f"order {order.order_id}: bad amount {order.amount}")
            order.status = "rejected"
            return
        total = order.total_with_tax()
        with self.lock:
            self.report.processed += 1
            self.report.revenue += total
            self.report.by_customer[order.customer] = self.report.by_customer.get(order.customer, 0) + total
        order.status = "done"

    def start(self):
        for w in self.workers:
            w.start()

    def stop(self):
        for _ in self.workers:
            self.inbox.put(None)
        for w in self.workers:
            w.join()

def main():
    orders = [Order(i, c, a, ["x"] * (i % 3)) for i, (c, a) in enumerate(
        [("ann", 10.0), ("bob", -1.0), ("ann", 5.5), ("cid", 100.0), ("bob", 0.0), ("cid", 1.25)], 1)]
    p = OrderProcessor()
    p.start()
    for o in orders:
        p.inbox.put(o)
    p.inbox.join()
    p.stop()
    r = p.report
    print(f"processed={r.processed} failed={r.failed} revenue={r.revenue:.2f}")
    for cust, amt in sorted(r.by_customer.items()):
        print(f"  {cust:<5} {amt:>8.2f}")
    for e in sorted(r.errors):
        print(" ", e)
    print([o.status for o in orders])
    print(orders[0])
    print(Report())

if __name__ == "__main__":
    main()
