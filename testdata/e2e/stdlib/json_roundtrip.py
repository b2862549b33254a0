import json
import sys

doc = '{"name": "Ada", "age": 36, "langs": ["en", "fr"], "ok": true, "none": null, "pi": 3.14, "big": 123456789012345678901234567890, "nested": {"z": 1, "a": [1.0, 2.5e10, -0.0]}}'
data = json.loads(doc)
print(data)
print(data["name"], data["langs"], data["nested"]["a"], data["big"] + 1)
print(json.dumps(data))
print(json.dumps(data, sort_keys=True))
print(json.dumps(data, indent=2))
print(json.dumps(data["nested"], indent="\t", sort_keys=True))
print(json.dumps(data, separators=(",", ":")))
print(json.dumps("héllo \"q\" \n\t ☃ 😀"), json.dumps("héllo ☃", ensure_ascii=False))
print(json.dumps([1, 2.0, 1e100, 0.1, True, False, None, "s"]))
print(json.loads("[1, 2, 3]"), json.loads('"\\u00e9\\ud83d\\ude00"'), json.loads("  -12  "), json.loads("1E3"))
print()
xs = [3, 1, 2]
print(json.dumps(xs), json.dumps(["a", "b"]))
for bad in ['{"a": 1,}', "[1 2]", "", '{"a" 1}', '"abc', "[1] x", "{'a': 1}", "tru"]:
    try:
        json.loads(bad)
    except json.JSONDecodeError:
        print("JSONDecodeError", bad)
