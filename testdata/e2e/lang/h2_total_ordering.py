import functools
from functools import total_ordering

@functools.total_ordering
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))
    def __eq__(self, other):
        return self.parts == other.parts
    def __lt__(self, other):
        return self.parts < other.parts
    def __hash__(self):
        return hash(self.parts)
    def __repr__(self):
        return "Version(%r)" % ".".join(map(str, self.parts))

@total_ordering
class Grade:
    def __init__(self, score):
        self.score = score
    def __eq__(self, other):
        return self.score == other.score
    def __ge__(self, other):
        return self.score >= other.score

vs = [Version("1.10.0"), Version("1.2.3"), Version("1.2.3"), Version("0.9")]
print(sorted(vs), max(vs), min(vs))
a, b = Version("1.0"), Version("0.9")
print(a < b, a <= b, a > b, a >= b, a == b, a != b)
print(b <= b, b >= b, b > b)
g1, g2 = Grade(80), Grade(90)
print(g1 < g2, g1 <= g2, g1 > g2, g1 >= g2, g1 <= Grade(80))
print(sorted([g2, g1, Grade(85)], reverse=True)[0].score)
