# String format specs and conversions in f-strings.
name = "héllo"
print(f"[{name}] [{name:>10}] [{name:<10}] [{name:^11}] [{name:*^11}] [{name:.2}]")
print(f"[{name!r}] [{name!s}] [{name!a}] [{name!r:>12}]")
q = "it's"
say = 'say "hi"'
both = "both ' and \""
print(f"{q!r} {say!r} {both!r} {q} {say} {both}")
items = [1, "a", None, 2.5, (1,), [True]]
print(f"{items} {items!r} {str(items):>40}")
w = 12
print(f"[{'pad':{w}}] [{'pad':>{w}}] [{'x':-^{w // 2}}]")
