import json
import sys

print(json.dumps([1, 2, [3, [4, []]], {}], indent=1))
print(json.dumps({1: "int key", 2.5: "float", True: "bool", None: "none"}))
print(json.dumps((1, 2)), json.dumps([]), json.dumps({}))
json.dump({"k": [1, 2]}, sys.stdout)
print()
record = {"id": 7, "tags": ["x"], "meta": {"b": None, "a": 1.5}}
print(json.dumps(record, indent=4, sort_keys=True))
print(json.loads(json.dumps(record)) == record)
