from datetime import datetime

for text, fmt in [
    ("2024-03-15 13:45:30", "%Y-%m-%d %H:%M:%S"),
    ("15/03/24", "%d/%m/%y"),
    ("1/2/1999", "%m/%d/%Y"),
    ("March 5, 2021 7:05 PM", "%B %d, %Y %I:%M %p"),
    ("Tue 05 Nov 2019", "%a %d %b %Y"),
    ("2024-03-15T13:45:30.25", "%Y-%m-%dT%H:%M:%S.%f"),
    ("2023 100", "%Y %j"),
    ("12:00 am", "%I:%M %p"),
    ("10%", "%d%%"),
]:
    d = datetime.strptime(text, fmt)
    print(repr(d), d)
start = datetime.strptime("2024-01-01", "%Y-%m-%d")
end = datetime.strptime("2024-03-01", "%Y-%m-%d")
print((end - start).days)
for bad in ["2024-13-01", "2024-01-01 extra", "nope"]:
    try:
        datetime.strptime(bad, "%Y-%m-%d")
    except ValueError:
        print("ValueError for", bad)
datetime.strptime("2024-02-30", "%Y-%m-%d")
