class Student:
    def __init__(self, name, grade):
        self.name = name
        self.grade = grade

    def __repr__(self):
        return f"Student({self.name!r}, {self.grade})"


students = [Student("ann", 91), Student("bob", 78), Student("cy", 85)]
by_name = {}
for s in students:
    by_name[s.name] = s
print(by_name["bob"])
print(by_name)
best = students[0]
for s in students:
    if s.grade > best.grade:
        best = s
print("best:", best.name)
passed = [s for s in students if s.grade >= 80]
print(passed, len(passed))
names = [s.name.upper() for s in students]
print(names)
