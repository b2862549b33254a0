from datetime import datetime, date

try:
    date(2023, 2, 29)
except ValueError:
    print("ValueError")
try:
    datetime(2024, 13, 1)
except ValueError:
    print("ValueError")
print(date(2024, 2, 29))
datetime(2024, 1, 1, 24)
