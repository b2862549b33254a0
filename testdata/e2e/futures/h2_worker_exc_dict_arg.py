import threading
from concurrent.futures import ThreadPoolExecutor

class ValidationError(Exception):
    def __init__(self, field, value):
        super().__init__(f"invalid {field}: {value!r}")
        self.field = field

def validate(rec):
    if rec.get("age", 0) < 0:
        raise ValidationError("age", rec["age"])
    return rec["name"].title()

def worker():
    raise KeyError("missing")

t = threading.Thread(target=worker)
t.start()
t.join()
print("after thread")
with ThreadPoolExecutor() as ex:
    f = ex.submit(validate, {"name": "x", "age": -1})
print(type(f.exception()).__name__, f.exception().field)
records = [{"name": "ann lee", "age": 3}, {"name": "bo", "age": -4}]
names = [validate(r) for r in records]
print(names)
