"""pprint of Counter, defaultdict and OrderedDict too long for a line,
laid out as CPython 3.11 lays them out."""
import pprint
from collections import Counter, OrderedDict, defaultdict
words = "the quick brown fox jumps over the lazy dog the end of the story about a fox".split()
c = Counter(words)
pprint.pprint(c)
dd = defaultdict(list)
for w in words:
    dd[w[0]].append(w)
pprint.pprint(dd)
od = OrderedDict((w, len(w)) for w in words[:12])
pprint.pprint(od)
pprint.pprint(Counter("aab"))
pprint.pprint({"nested": dd}, width=50)
