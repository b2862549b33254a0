from collections import deque

d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print(d, len(d), d[0], d[-1])
print(d.pop(), d.popleft(), d)
d.rotate(1)
print(d)
d.rotate(-2)
print(d)
d.extend([7, 8])
d.extendleft([-1, -2])
print(d, d.count(7), d.maxlen)
window = deque(maxlen=3)
for i in range(6):
    window.append(i)
    print(window)
print(window.maxlen)
q = deque()
q.append("a")
q.append("b")
while q:
    print("got", q.popleft())
d.clear()
print(d, deque("abc", 2))
try:
    q.pop()
except IndexError:
    print("IndexError")
