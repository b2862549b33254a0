# % with a mapping on the right: %(name)s conversions.
person = {"name": "Ann", "age": 30, "score": 91.456}
print("%(name)s is %(age)d years, score %(score).1f" % person)
print("%(name)-6s|%(age)04d|" % person)
print("%s" % {"k": 1})
