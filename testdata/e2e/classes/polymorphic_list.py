class Cat:
    def __init__(self, name):
        self.name = name

    def speak(self):
        return "meow"


class Robot:
    def __init__(self, serial):
        self.name = "robot-" + str(serial)

    def speak(self):
        return "beep"


things = [Cat("tom"), Robot(7), Cat("kit")]
for t in things:
    print(t.name, t.speak())
print(len(things))
