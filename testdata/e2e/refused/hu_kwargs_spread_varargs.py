# A ** mapping passed to a function with *args and **kwargs is refused
# (the runtime binds keywords only for plain parameters).
def f(a, *args, key=None, **kw):
    return a, args, key, kw


args = (1, 2)
opts = {"key": 1}
print(f(*args, **opts))
