name = "json"
mod = __import__(name)
print(mod)
