import re
from datetime import datetime, timedelta

LOG = [
    "2024-03-01 12:00:05 INFO  start job=alpha",
    "2024-03-01 12:00:07 WARN  slow job=alpha ms=1500",
    "2024-03-01 12:01:10 ERROR fail job=beta code=42",
    "2024-03-01 12:03:00 INFO  done job=alpha",
    "garbage line",
]
LINE = re.compile(r"(?P<date>\d{4})-(?P<mon>\d\d)-(?P<day>\d\d) (?P<h>\d\d):(?P<m>\d\d):(?P<s>\d\d) (?P<level>\w+)\s+(?P<msg>.*)")
first = None
for line in LOG:
    m = LINE.match(line)
    if not m:
        print("skip:", line)
        continue
    when = datetime(int(m.group("date")), int(m.group("mon")), int(m.group("day")),
                    int(m.group("h")), int(m.group("m")), int(m.group("s")))
    if first is None:
        first = when
    fields = dict(re.findall(r"(\w+)=(\w+)", m.group("msg")))
    print(when.strftime("%H:%M:%S"), m.group("level"), when - first, fields)
print(timedelta(seconds=175) / timedelta(minutes=1))
