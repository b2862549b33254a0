import os

print(os.environ.get("PY2GO_SURELY_UNSET"), os.environ.get("PY2GO_SURELY_UNSET", "fallback"))
print(os.getenv("PY2GO_SURELY_UNSET"), os.getenv("PY2GO_SURELY_UNSET", "dflt"))
print(os.environ["PATH"] != "", "PATH" in os.environ, "PY2GO_SURELY_UNSET" in os.environ)
os.environ["PY2GO_SET_HERE"] = "yes"
print(os.environ["PY2GO_SET_HERE"], os.getenv("PY2GO_SET_HERE"))
home = os.getenv("HOME", "")
print(len(home) > 0)
print(os.environ["PY2GO_SURELY_UNSET"])
