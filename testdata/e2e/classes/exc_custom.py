class AppError(Exception):
    pass


class ConfigError(AppError):
    """Bad configuration."""


class NotFound(KeyError):
    pass


def load(name):
    if name == "":
        raise ConfigError("empty name")
    if name == "missing":
        raise NotFound(name)
    return name + "!"


def main():
    for n in ["ok", "", "missing"]:
        try:
            print(load(n))
        except AppError as e:
            print("app error:", e, repr(e))
        except KeyError as e:
            print("key error:", e)
    try:
        raise ConfigError
    except Exception as e:
        print("caught", repr(e))


main()

raise ConfigError("fatal: bad config")
