# Assigning a field of a frozen dataclass raises FrozenInstanceError in
# Python; py2go refuses it rather than letting it succeed.
from dataclasses import dataclass


@dataclass(frozen=True)
class Point:
    x: int
    y: int


p = Point(1, 2)
p.x = 5
print(p)
