code = "print(42)"
exec(code)
