import re

print(re.findall(r"\w+(?=!)", "hi! there!"))
