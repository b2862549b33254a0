from concurrent.futures import ThreadPoolExecutor

def process(batch):
    return [x * 2 for x in batch]

data = list(range(10))
batches = [data[i:i + 3] for i in range(0, len(data), 3)]
out = []
with ThreadPoolExecutor(max_workers=2) as ex:
    for res in ex.map(process, batches):
        out += res
print(out)
flat = []
for b in batches:
    flat.extend(process(b))
print(flat == out)
