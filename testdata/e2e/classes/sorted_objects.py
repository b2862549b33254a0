class Employee:
    def __init__(self, name, age, salary):
        self.name = name
        self.age = age
        self.salary = salary

    def __lt__(self, other):
        return self.salary < other.salary

    def __repr__(self):
        return f"{self.name}({self.age}, {self.salary})"


staff = [Employee("ann", 41, 5200), Employee("bob", 29, 4100), Employee("cy", 35, 6100)]
print(sorted(staff))
print(sorted(staff, key=lambda e: e.age))
print(sorted(staff, key=lambda e: e.name, reverse=True))
print(max(staff), min(staff))
staff.sort()
print([e.name for e in staff])
