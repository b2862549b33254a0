# A stateful exception hierarchy caught as its base: attributes, methods
# after isinstance, getattr with a default.
class AppError(Exception):
    def __init__(self, msg, code=1):
        super().__init__(msg)
        self.code = code

class HttpError(AppError):
    def __init__(self, status):
        super().__init__(f"http {status}", code=2)
        self.status = status
    def describe(self):
        return f"HTTP {self.status} (code {self.code})"

def fail(i):
    if i == 0:
        raise HttpError(404)
    if i == 1:
        raise AppError("plain")
    raise ValueError("other")

for i in range(3):
    try:
        fail(i)
    except AppError as e:
        print(type(e).__name__, e, e.code, getattr(e, "status", None))
        if isinstance(e, HttpError):
            print(e.describe(), e.status)
    except Exception as e:
        print("generic", repr(e), e.args)
