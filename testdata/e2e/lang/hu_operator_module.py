# operator.itemgetter/attrgetter/methodcaller and the operator functions,
# as sort keys, reduce and map arguments, and called directly.
import operator
from operator import itemgetter, attrgetter, methodcaller, mul
from functools import reduce
from dataclasses import dataclass

@dataclass
class Emp:
    name: str
    dept: str
    salary: int

emps = [Emp("ann", "eng", 120), Emp("bob", "ops", 90), Emp("cy", "eng", 100)]
for e in sorted(emps, key=attrgetter("dept", "salary")):
    print(e.name, e.dept, e.salary)
print(max(emps, key=attrgetter("salary")).name)
rows = [("x", 3, 1.5), ("y", 1, 2.5), ("z", 2, 0.5)]
print(sorted(rows, key=itemgetter(1)))
print(sorted(rows, key=itemgetter(2), reverse=True)[0])
idx = 0
get = itemgetter(idx)
idx = 2
print([get(r) for r in rows])
print(reduce(mul, [1, 2, 3, 4]), reduce(operator.add, [1, 2, 3], 10))
print(operator.mul(6, 7), operator.neg(5), operator.contains([1, 2], 2), operator.getitem({"a": 1}, "a"))
up = methodcaller("upper")
print(list(map(up, ["a", "bc"])))
print(list(map(methodcaller("replace", "a", "o"), ["banana"])))
print(list(map(operator.itemgetter(0, 2), rows)))
counts = {"a": 3, "b": 1, "c": 2}
print(sorted(counts.items(), key=operator.itemgetter(1), reverse=True))
