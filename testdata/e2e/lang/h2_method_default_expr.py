import time
DEFAULT_TAGS = ("a", "b")

class Job:
    def __init__(self, name, tags=DEFAULT_TAGS, retries=len(DEFAULT_TAGS) + 1):
        self.name = name
        self.tags = tags
        self.retries = retries

    def describe(self, sep=", ".join(["x", "y"])):
        return f"{self.name}: {sep.join(self.tags)} r={self.retries}"

DEFAULT_TAGS = ("changed",)
print(Job("j1").describe())
print(Job("j2", ("q",), retries=5).describe(sep="/"))
