def greet(name, greeting="Hello", punct="!"):
    return f"{greeting}, {name}{punct}"


print(greet("Ann"))
print(greet("Bob", punct="?"))
print(greet(greeting="Hi", name="Cy"))
print(greet("Dee", "Yo", "."))


def connect(host, port=80, *, timeout=10, retries=3):
    return f"{host}:{port} t={timeout} r={retries}"


print(connect("a"))
print(connect("b", 8080, retries=5))
print(connect(host="c", timeout=1))
