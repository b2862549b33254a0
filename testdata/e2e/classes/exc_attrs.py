class ValidationError(ValueError):
    def __init__(self, field, message):
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message


class HTTPError(Exception):
    def __init__(self, code):
        self.code = code

    def __str__(self):
        return f"HTTP {self.code}"


def validate(age):
    if age < 0:
        raise ValidationError("age", "must be positive")
    return age


try:
    validate(-1)
except ValidationError as e:
    print("invalid", e.field, e.message, str(e))
    print(repr(e))

try:
    raise HTTPError(404)
except Exception as e:
    print("caught", e)

try:
    validate(-5)
except ValueError as e:
    print("as ValueError:", e)

raise HTTPError(500)
