import asyncio
from dataclasses import dataclass, field


@dataclass
class Order:
    id: int
    item: str
    qty: int
    price: float
    tags: list = field(default_factory=list)

    @property
    def total(self):
        return self.qty * self.price


async def producer(queue, orders):
    for order in orders:
        await queue.put(order)
        await asyncio.sleep(0.001)
    await queue.put(None)


async def consumer(queue, processed):
    while True:
        order = await queue.get()
        if order is None:
            break
        order.tags.append("processed")
        processed.append(order)
        print(f"order #{order.id:03d} {order.item:<8} x{order.qty:>2} = ${order.total:>8.2f}")


async def main():
    orders = [
        Order(1, "widget", 3, 2.5),
        Order(2, "gadget", 10, 12.75),
        Order(3, "doohick", 1, 99.99),
    ]
    queue = asyncio.Queue(maxsize=1)
    processed = []
    await asyncio.gather(producer(queue, orders), consumer(queue, processed))
    grand = sum(o.total for o in processed)
    print(f"grand total: {grand:,.2f}")
    print(processed[0])
    by_id = {o.id: o.total for o in processed}
    print(max(by_id, key=by_id.get))


asyncio.run(main())
