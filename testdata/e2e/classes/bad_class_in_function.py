def make():
    class Local:
        def __init__(self, v):
            self.v = v

    return Local(3)


print(make().v)
