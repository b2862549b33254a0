from concurrent.futures import ThreadPoolExecutor
def main():
    callbacks = {}
    for name in ["a", "b"]:
        callbacks[name] = lambda x: f"{name}:{x}"
    with ThreadPoolExecutor() as ex:
        print(sorted(ex.map(lambda kv: kv[1](kv[0]), callbacks.items())))
main()
