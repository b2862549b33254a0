import textwrap

text = "The quick brown fox jumps over the lazy dog. Pack my box with five dozen liquor jugs.  Two  spaces stay."
for line in textwrap.wrap(text, 30):
    print(repr(line))
print(textwrap.fill(text, 40))
print(textwrap.wrap("supercalifragilisticexpialidocious is long", 10))
print(textwrap.wrap("", 10), textwrap.wrap("   ", 10))
print(textwrap.shorten("Hello  world, this is a test", 15), textwrap.shorten("short", 10))
print(textwrap.shorten("Hello world, this is a test", 20, placeholder="..."))
block = """
    def f():
        return 1

    print(f())
"""
print(textwrap.dedent(block))
print(textwrap.indent("a\nb\n\nc", "> "))
