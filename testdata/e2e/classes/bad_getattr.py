class P:
    def __getattr__(self, name):
        return name.upper()


print(P().hello)
