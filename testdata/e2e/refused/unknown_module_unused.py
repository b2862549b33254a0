import time
import requests  # never used

print("runs", type(time.time()).__name__)
