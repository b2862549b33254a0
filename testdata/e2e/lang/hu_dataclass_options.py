# @dataclass options: order=True sorts and compares by the compared fields, frozen=True hashes (dict keys, sets), eq=False compares by identity, a plain dataclass is unhashable; ClassVar is no field.
import dataclasses
from dataclasses import dataclass, field
from typing import ClassVar

@dataclass(order=True)
class Task:
    priority: int
    name: str = field(compare=False)
    kind: ClassVar[str] = "task"

@dataclass(frozen=True)
class Point:
    x: int
    y: int

@dataclasses.dataclass
class Plain:
    v: int

@dataclass(eq=False)
class Ident:
    v: int

@dataclass(order=True)
class Version:
    major: int
    minor: int = 0

tasks = [Task(3, "c"), Task(1, "z"), Task(2, "b"), Task(1, "a")]
print(sorted(tasks))
print(Task(1, "x") < Task(2, "a"), Task(1, "x") <= Task(1, "y"), Task(1, "x") == Task(1, "y"), max(tasks))
print(sorted([Version(1, 2), Version(1), Version(0, 9)]), Version(2) > Version(1, 9))
seen = {Point(1, 2), Point(1, 2), Point(2, 1)}
print(len(seen), Point(1, 2) in seen)
grid = {Point(0, 0): "origin"}
grid[Point(0, 0)] = "again"
print(grid)
print(Plain(1) == Plain(1), Ident(1) == Ident(1))
d = {Ident(1): 1}
print(len(d))
try:
    {Plain(1): 1}
except TypeError as e:
    print("TypeError:", e)
print(Task.kind, tasks[0].kind)
