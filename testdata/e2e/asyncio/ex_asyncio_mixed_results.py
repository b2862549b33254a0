import asyncio
from dataclasses import dataclass


@dataclass(frozen=True)
class Quote:
    symbol: str
    price: float


class MarketError(Exception):
    pass


class HaltedError(MarketError):
    pass


async def quote(symbol, price, delay):
    await asyncio.sleep(delay)
    if symbol == "HALT":
        raise HaltedError(f"{symbol} is halted")
    if price < 0:
        raise MarketError(f"bad price for {symbol}")
    return Quote(symbol, price)


async def count_symbols(symbols):
    await asyncio.sleep(0.001)
    return len(symbols)


async def main():
    specs = [("AAPL", 189.5, 0.003), ("HALT", 1.0, 0.001), ("MSFT", 411.25, 0.002), ("BAD", -1.0, 0.004)]
    outcomes = await asyncio.gather(*(quote(*s) for s in specs), return_exceptions=True)
    quotes = [o for o in outcomes if isinstance(o, Quote)]
    errors = [o for o in outcomes if isinstance(o, MarketError)]
    for q in sorted(quotes, key=lambda q: q.price, reverse=True):
        print(f"{q.symbol:<5} {q.price:>8.2f}")
    for e in errors:
        kind = "halted" if isinstance(e, HaltedError) else "error"
        print(kind, "-", e)
    n, first = await asyncio.gather(count_symbols(specs), quote("IBM", 170.0, 0.001))
    print(n, first, first == Quote("IBM", 170.0))
    return len(quotes)


print("quotes:", asyncio.run(main()))
