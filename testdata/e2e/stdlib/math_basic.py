import math
from math import sqrt, pi


def hyp(a, b):
    return math.sqrt(a * a + b * b)


print(hyp(3.0, 4.0), sqrt(2), pi, math.e, math.tau)
print(math.floor(2.5), math.floor(-2.5), math.ceil(2.1), math.ceil(-2.1), math.trunc(-3.7))
print(math.floor(7), math.ceil(7))
print(math.sin(1.0), math.cos(1.0), math.tan(0.5))
print(math.atan2(1.0, 2.0), math.asin(0.5), math.acos(0.5), math.atan(1.0))
print(math.exp(1.0), math.log(10.0), math.log(8, 2), math.log2(1024), math.log10(1000))
print(math.pow(2, 10), math.pow(2.0, 0.5), math.fabs(-3), math.copysign(2.0, -1.0))
print(math.degrees(math.pi), math.radians(180))
print(math.hypot(3, 4), math.hypot(1, 2, 2))
print(math.fmod(7.5, 2), math.fmod(-7.5, 2))
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1.0, 1.1), math.isclose(1.0, 1.05, rel_tol=0.1))
print(math.isnan(math.nan), math.isinf(math.inf), math.isfinite(1.0), math.isfinite(math.inf))
print(-math.inf, math.inf)
print(math.sinh(1.0), math.cosh(1.0), math.tanh(1.0))
