class Resource:
    def __init__(self, name):
        self.name = name
        self.open = False

    def __enter__(self):
        self.open = True
        print("enter", self.name)
        return self

    def __exit__(self, exc_type, exc, tb):
        self.open = False
        print("exit", self.name, exc_type is not None)
        return False

    def use(self):
        return f"using {self.name} open={self.open}"


def work():
    with Resource("db") as r:
        print(r.use())
    print("after", r.open)


work()
try:
    with Resource("file") as f:
        print(f.use())
        raise RuntimeError("boom")
except RuntimeError as e:
    print("caught", e)
