# asyncio.run of a plain function's result: CPython raises
# ValueError("a coroutine was expected, got None"); py2go says so up front.
import asyncio


def main():
    print("running")


asyncio.run(main())
