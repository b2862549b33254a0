from collections import Counter, defaultdict, OrderedDict, deque

def describe(obj):
    # obj is of a different type on each call: a dynamic value in Go
    name = type(obj).__name__
    if name == "Counter":
        print(obj.most_common(2), obj.total(), sorted(obj.elements()))
        obj.update("zz")
        obj.subtract({"z": 1})
        print(sorted(obj.items()), list(obj.keys())[:2])
    elif name == "defaultdict":
        print(obj.get("missing"), "missing" in obj, sorted(obj.items()), obj.setdefault("k", [1]))
    elif name == "OrderedDict":
        obj.move_to_end("a")
        print(list(obj.keys()), obj.popitem(last=False), obj.popitem())
    elif name == "deque":
        obj.append(4)
        obj.appendleft(0)
        obj.rotate(2)
        print(obj, obj.maxlen, obj.pop(), obj.popleft(), obj.count(2))

for o in [Counter("abracadabra"), defaultdict(list, {"x": [1]}), OrderedDict(a=1, b=2, c=3), deque([1, 2, 3], maxlen=5)]:
    describe(o)
