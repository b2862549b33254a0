import json

print(json.loads('{"ok": [1, 2]}'))
json.loads('{\n  "a": 1,\n  "b": [1, 2,, 3]\n}')
