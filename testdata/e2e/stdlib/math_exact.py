import math

print(math.factorial(0), math.factorial(5), math.factorial(20))
print(math.factorial(25))
print(math.factorial(52))
print(math.comb(10, 3), math.comb(100, 50), math.comb(3, 5))
print(math.perm(5, 2), math.perm(30, 20), math.perm(4))
print(math.gcd(12, 18), math.gcd(-12, 18), math.gcd(0, 0), math.gcd(12, 18, 8))
print(math.lcm(4, 6), math.lcm(2, 3, 4, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47, 53, 59, 61))
print(math.isqrt(17), math.isqrt(10 ** 12))
print(math.fsum([0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1]), math.fsum([1e100, 1.0, -1e100, 1e-100]))
print(math.prod([1, 2, 3, 4]), math.prod([2.5, 2]))
