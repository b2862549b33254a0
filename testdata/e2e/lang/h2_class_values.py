class Point:
    def __init__(self, x):
        self.x = x

class Node:
    pass

items = [Point(1), 3, "s", [1], {"a": 1}, None, 2.5, (1,), Node()]
for it in items:
    print(type(it), type(it).__name__)
print(type(Point(2)), type(3) == int, type(Point(1)) is Point, isinstance(Point(1), Point))
print(Point, str(Node), repr(Point), [Point, Node])
for it in items:
    if type(it) is Point:
        print("point", it.x)
    elif type(it) == int or type(it) is float:
        print("number", it)
    elif type(it) != str and type(it) is not list:
        print("other", type(it).__name__)
kinds = {Point: "P", Node: "N"}
print(kinds[type(items[0])], kinds[type(items[-1])], type(items[0]) in (Point, Node))
factory = Point
made = factory(7)
print(made.x, factory)
