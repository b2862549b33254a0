import time

t = time.gmtime(1700000000)
print(t)
print(t.tm_year, t.tm_mon, t.tm_mday, t.tm_hour, t.tm_min, t.tm_sec, t.tm_wday, t.tm_yday)
print(time.strftime("%Y-%m-%d %H:%M:%S %a %b %j", t))
print(time.strftime("%Z", t))
print(time.asctime(t))
z = time.gmtime(0)
print(time.strftime("%c", z), time.asctime(time.gmtime(86400 * 40)))
lt = time.localtime()
print(lt.tm_year >= 2024)
print(len(time.strftime("%H:%M:%S")))
