# Attributes of a subclass read on an exception caught as its plain base
# class, and `raise ... from` causes.
class AppError(Exception):
    """Base."""

class ConfigError(AppError):
    def __init__(self, key, msg="missing"):
        self.key = key
        super().__init__(f"{key}: {msg}")

def load(cfg, key):
    try:
        return cfg[key]
    except KeyError as e:
        raise ConfigError(key) from e

def main():
    cfg = {"a": 1}
    for k in ["a", "b"]:
        try:
            print(k, load(cfg, k))
        except AppError as e:
            print(type(e).__name__, e, e.key, type(e.__cause__).__name__, isinstance(e, Exception))
    try:
        try:
            1 / 0
        finally:
            print("finally runs")
    except ZeroDivisionError as e:
        print("zde:", e)
    def gen():
        try:
            yield 1
            yield 2
        finally:
            print("gen closed")
    for v in gen():
        print("v", v)
        break
    errors = []
    for val in ["1", "x", "3.5", None]:
        try:
            errors.append(int(val))
        except (ValueError, TypeError) as e:
            errors.append(f"{type(e).__name__}: {e}")
    print(errors)
    load(cfg, "zzz")

if __name__ == "__main__":
    main()
