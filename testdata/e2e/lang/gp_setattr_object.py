class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


class Label:
    def __init__(self, text):
        self.text = text
        self.x = 0


items = [Point(1, 2), Label("a"), Point(3, 4)]
for it in items:
    it.x = it.x + 10
items[0].y = 99
items[1].text = "b"
print(items[0], items[1].text, items[1].x, items[2])
