class Widget:
    count = 0
    kind = "widget"

    def __init__(self, label):
        Widget.count += 1
        self.id = Widget.count
        self.label = label

    def tag(self):
        return f"{self.kind}-{self.id}:{self.label}"

    @staticmethod
    def describe_all():
        return f"{Widget.count} widgets"

    @classmethod
    def make_default(cls):
        return cls("default")


w1 = Widget("a")
w2 = Widget("b")
w3 = Widget.make_default()
print(w1.tag(), w2.tag(), w3.tag())
print(Widget.describe_all())
print(Widget.count, w1.count, Widget.kind)
