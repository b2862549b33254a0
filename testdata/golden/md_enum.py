from enum import Enum, IntFlag, auto


class Status(Enum):
    """The state of a job."""

    PENDING = auto()
    RUNNING = auto()
    DONE = auto()

    def label(self):
        return self.name.title()


class Perm(IntFlag):
    READ = 4
    WRITE = 2


def report(s):
    return f"{s.label()}: {s.value}"


for s in Status:
    print(report(s), s is Status.DONE)
print(Status(2), Status["DONE"], len(Status))
p = Perm.READ | Perm.WRITE
print(repr(p), Perm.WRITE in p)
