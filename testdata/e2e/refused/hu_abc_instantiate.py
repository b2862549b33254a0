# Instantiating an abstract class raises TypeError in Python; py2go
# refuses it.
from abc import ABC, abstractmethod
class B(ABC):
    @abstractmethod
    def f(self): ...
b = B()
