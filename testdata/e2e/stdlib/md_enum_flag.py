"""Flag and IntFlag: members combined with |, & and ^, ~, `in`, truth,
Perm(value) giving the same combined member each time, and the error for
bits no member has."""
from enum import Flag, IntFlag, auto


class Perm(Flag):
    READ = auto()
    WRITE = auto()
    EXEC = auto()
    RW = READ | WRITE


class Opt(IntFlag):
    VERBOSE = 1
    DRY_RUN = 2
    FORCE = 8


def describe(p):
    held = [m.name for m in Perm if m in p]
    return f"{p!r} -> {held} {bool(p)}"


user = Perm.READ
admin = Perm.READ | Perm.WRITE | Perm.EXEC
print(list(Perm), len(Perm), Perm.RW, Perm(3) is Perm.RW)
print(describe(user), describe(admin), describe(Perm(0)))
print(admin & ~Perm.WRITE, (admin ^ Perm.READ).name, Perm.WRITE in admin, Perm.EXEC in Perm.RW)
grants = {}
for who, p in [("ann", user), ("bob", admin), ("cy", Perm.READ | Perm.EXEC)]:
    grants.setdefault(p, []).append(who)
print(grants, Perm(5) is Perm.READ | Perm.EXEC)
flags = Opt.VERBOSE | Opt.FORCE
print(flags, repr(flags), flags & Opt.FORCE, repr(flags | 4), Opt.DRY_RUN in flags, flags > 5)
if flags & Opt.DRY_RUN:
    print("dry run")
else:
    print("for real")
try:
    Perm(16)
except ValueError as e:
    print("ValueError:", e)
