from datetime import date, datetime, timedelta

start = datetime(2024, 1, 29, 9, 0)
for i in range(5):
    slot = start + timedelta(days=i * 3, minutes=i * 45)
    print(slot, slot.strftime("%a %d %b %Y %I:%M %p"), slot.weekday())
d = date(2024, 12, 25)
print((d - date(2024, 1, 1)).days, d.strftime("%A %j"), d.isoweekday())
total = timedelta(0)
for minutes in [15, 30, 45, 90, 125]:
    total += timedelta(minutes=minutes)
print(total, total.total_seconds(), total // timedelta(hours=1), total * 2)
leap = date(2024, 2, 28) + timedelta(days=1)
print(leap, date(2023, 2, 28) + timedelta(days=1))
print(datetime(2024, 3, 10, 12, 30) - datetime(2023, 11, 5, 8, 15, 30))
print(repr(datetime(2024, 1, 1) - datetime(2024, 1, 2, 0, 0, 1)))
