class Version:
    def __init__(self, major, minor):
        self.major = major
        self.minor = minor

    def __eq__(self, other):
        return self.major == other.major and self.minor == other.minor

    def __lt__(self, other):
        if self.major != other.major:
            return self.major < other.major
        return self.minor < other.minor

    def __le__(self, other):
        return self == other or self < other

    def __repr__(self):
        return f"v{self.major}.{self.minor}"


a = Version(1, 2)
b = Version(1, 10)
c = Version(1, 2)
print(a == c, a == b, a != b, a < b, b < a)
vs = [Version(2, 0), Version(1, 5), Version(1, 2)]
for i in range(len(vs)):
    for j in range(len(vs) - 1 - i):
        if vs[j + 1] < vs[j]:
            tmp = vs[j]
            vs[j] = vs[j + 1]
            vs[j + 1] = tmp
print(vs)
print(vs[0] <= vs[1], vs[2] >= vs[1], vs[0] > vs[1])
print(a in vs, Version(3, 0) in vs)
