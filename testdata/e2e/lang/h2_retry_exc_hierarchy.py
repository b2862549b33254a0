import sys

class AppError(Exception):
    """Base error."""

class ConfigError(AppError):
    def __init__(self, key, msg="missing"):
        self.key = key
        self.msg = msg
        super().__init__(f"{key}: {msg}")

class RetryableError(AppError):
    pass

attempts = {"n": 0}

def flaky():
    attempts["n"] += 1
    if attempts["n"] < 3:
        raise RetryableError(f"attempt {attempts['n']}")
    return "ok"

def retry(fn, tries=5):
    last = None
    for i in range(tries):
        try:
            return fn()
        except RetryableError as e:
            print("retrying after", e)
            last = e
        finally:
            print("attempt done", i)
    raise AppError("gave up") from last

def load(cfg):
    try:
        return cfg["port"]
    except KeyError as e:
        raise ConfigError("port") from e

def main():
    print(retry(flaky))
    try:
        load({})
    except AppError as e:
        print(type(e).__name__, e, e.key, e.msg, isinstance(e, ConfigError))
        print(type(e.__cause__).__name__, e.__cause__)
    try:
        raise ConfigError("host", msg="empty")
    except (ValueError, ConfigError) as e:
        print(e.args)
    errs = [ValueError("v"), TypeError("t"), ConfigError("k")]
    for err in errs:
        try:
            raise err
        except AppError:
            print("app", err)
        except Exception as ex:
            print("other", type(ex).__name__, ex)
    else_ran = False
    try:
        x = 1
    except Exception:
        pass
    else:
        else_ran = True
    print("else", else_ran, x)
    code = len(errs)
    if code:
        print("exiting", code, file=sys.stderr)
        sys.exit(code)

if __name__ == "__main__":
    main()
