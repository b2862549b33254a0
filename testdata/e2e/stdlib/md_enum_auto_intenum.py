"""auto() values, IntEnum members that are ints too (comparisons,
arithmetic, str is the value in 3.11), @unique, enums in dataclasses."""
from dataclasses import dataclass
from enum import Enum, IntEnum, StrEnum, auto, unique


@unique
class Stage(Enum):
    PLAN = auto()
    BUILD = auto()
    SHIP = auto()


class Priority(IntEnum):
    LOW = 1
    MEDIUM = 5
    HIGH = 10


class Mode(StrEnum):
    FAST = auto()
    SAFE = auto()


@dataclass
class Task:
    title: str
    stage: Stage
    priority: Priority


tasks = [
    Task("write", Stage.PLAN, Priority.MEDIUM),
    Task("test", Stage.BUILD, Priority.HIGH),
    Task("tag", Stage.SHIP, Priority.LOW),
]
print([s.value for s in Stage])
for t in tasks:
    print(t)
    print(" ", t.priority, repr(t.priority), t.priority >= Priority.MEDIUM, t.priority == 10, t.priority * 2)
print(sorted(Priority, reverse=True), max(Priority), Priority(5).name)
print(int(Priority.HIGH) + 1, Priority.LOW < 3, f"{Priority.HIGH:>4}|{Priority.LOW:03d}")
urgent = [t.title for t in tasks if t.priority > Priority.LOW]
print(urgent)
print(Mode.FAST, repr(Mode.SAFE), Mode.FAST == "fast", Mode("safe") is Mode.SAFE, f"[{Mode.SAFE}]")
by_stage = {}
for t in tasks:
    by_stage.setdefault(t.stage, []).append(t.title)
print(by_stage)
print(Stage(3), Stage.SHIP.value - Stage.PLAN.value)
