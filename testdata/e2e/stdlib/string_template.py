from string import Template
import string

t = Template("$who likes $what, ${who}'s cost: $$5")
print(t.substitute(who="tim", what="kung pao"))
print(t.substitute({"who": "ann", "what": 3}))
print(t.substitute({"who": "ann", "what": 3}, what="pie"))
print(t.safe_substitute(who="bob"))
print(t.template)
print(t.get_identifiers(), t.is_valid())
s = string.Template("Hello ${name}_x $name_x $1 $")
print(s.safe_substitute(name="N"), s.is_valid())
for bad in [lambda: t.substitute(who="x"), lambda: s.substitute(name="N", name_x=1),
            lambda: Template("line one\nab $ cd").substitute(), lambda: Template("${bad").substitute(bad=1)]:
    try:
        print(bad())
    except (KeyError, ValueError) as e:
        print(type(e).__name__, e)
d = {"a": 1.5, "b": [1, 2]}
print(Template("$a and $b").substitute(d))
print(Template("$A $a").substitute(A="upper", a="lower"))
print(string.ascii_letters, string.digits, string.hexdigits, string.punctuation)
print(repr(string.whitespace), len(string.printable), string.ascii_lowercase, string.ascii_uppercase)
