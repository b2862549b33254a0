# attrgetter of a name computed at run time is refused, not miscompiled.
from operator import attrgetter
field = "x"
get = attrgetter(field)
print(get)
