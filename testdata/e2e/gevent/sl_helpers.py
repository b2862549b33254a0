# Stackless greenlets that call functions and methods of the program which
# never wait, build records and format them between their sleeps.
import gevent
from dataclasses import dataclass


@dataclass
class Reading:
    sensor: str
    value: float

    def scaled(self, k):
        return Reading(self.sensor, round(self.value * k, 2))


def parse(line):
    name, raw = line.split("=")
    return Reading(name.strip(), float(raw))


def collect(lines, factor):
    readings = []
    gevent.sleep(0)
    for line in lines:
        readings.append(parse(line).scaled(factor))
    gevent.sleep(0.01)
    best = max(readings, key=lambda r: r.value).value
    print(f"{len(readings)} readings, best {best:.2f}")
    gevent.sleep(0)
    return {r.sensor: r.value for r in readings}


jobs = [gevent.spawn(collect, ["a=1.5", "b=2.25"], 2), gevent.spawn(collect, ["c=0.5"], 10)]
gevent.joinall(jobs)
for j in jobs:
    print(sorted(j.value.items()))
