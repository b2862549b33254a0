# -0.0 keeps its sign: Go would fold the constant -0.0 to +0.
import math

print(-0.0)
print(repr(-0.0), str(-0.0), f"{-0.0}", f"{-0.0:.2f}")
x = -0.0
print(x, math.copysign(1, -0.0), math.copysign(1, x))
y = 0.0
print(-y, -(y), 0.0 * -1)
print([-0.0, 1.5], (-0.0,))
print(-0.0 == 0.0, -0.0 < 0.0)


def sign(v=-0.0):
    return math.copysign(1.0, v)


print(sign(), sign(0.0))
print(round(-0.4), round(-0.4, 1))
print(float("-0.0"), abs(-0.0), round(-0.0, 1), -0.0 * 1.0, 0.0 * -1.0, -1 * 0.0, 0.0 / -3.0)
print(max(-0.0, 0.0), min(0.0, -0.0), "%s %r %.1f" % (-0.0, -0.0, -0.0), -0.0 + 0.0, -0.0 - 0.0)
print(int(-0.0), -(-0.0), [x * -0.0 for x in (1.0, -1.0)])
