# An uncaught KeyError from Template.substitute ends the program as CPython does.
from string import Template

report = Template("$name scored $score points")
print(report.substitute(name="ann", score=12))
print(report.safe_substitute(name="bob"))
print(report.substitute({"name": "cy"}))
