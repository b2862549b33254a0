# printf-style formatting with %.
print("%s-%05.2f-%x" % ("id", 3.14159, 255))
print("%d%% done, %5s|%-5s|" % (50, "a", "b"))
print("%r %a %c%c" % ("x", "é", 65, "b"))
print("%+d % d %05d %x %X %#x %#o" % (5, 5, -42, 255, 255, 255, 8))
print("%.3s|%10.3f|%-10.3e|%g %g" % ("abcdef", 3.14159, 3.14159, 0.00001, 123456789.0))
print("%*d|%-*d|%.*f" % (5, 1, 4, 2, 2, 3.14159))
print("%d %i %s" % (3.99, True, [1, "a"]))
print("%s" % "solo", "%s and %s" % ((1, 2), None))
