import datetime
import time

start = datetime.datetime.now()
t0 = time.time()
time.sleep(0.05)
elapsed = datetime.datetime.now() - start
print(elapsed.total_seconds() >= 0.05, elapsed.total_seconds() < 5)
print(time.time() - t0 >= 0.05)
today = datetime.date.today()
print(today.year >= 2024, today == datetime.datetime.now().date())
print(time.time_ns() > 0)
ts = datetime.datetime.fromtimestamp(0)
print(ts.year in (1969, 1970))
p0 = time.perf_counter()
m0 = time.monotonic()
print(time.perf_counter() >= p0, time.monotonic() >= m0, time.perf_counter_ns() > 0)
