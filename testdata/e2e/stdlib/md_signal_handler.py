"""signal.signal with Python handlers: a SIGTERM sent by a timer thread
stops the main loop through its handler (which runs in the main
thread), raise_signal and os.kill of the own pid run the handler at
once, SIG_IGN ignores, and a SIGINT handler replaces KeyboardInterrupt."""
import os
import signal
import threading
import time

stop = False
seen = []


def on_term(signum, frame):
    global stop
    seen.append(signum)
    print("SIGTERM received:", signum == signal.SIGTERM, threading.current_thread().name)
    stop = True


def on_usr1(signum, frame):
    seen.append(signum)
    print("USR1 handler ran")


def send_term():
    os.kill(os.getpid(), signal.SIGTERM)


print(signal.getsignal(signal.SIGINT), signal.getsignal(signal.SIGTERM))
signal.signal(signal.SIGTERM, on_term)
signal.signal(signal.SIGUSR1, on_usr1)
signal.raise_signal(signal.SIGUSR1)
print("after raise_signal")
os.kill(os.getpid(), signal.SIGUSR1)
print("after os.kill")
threading.Timer(0.2, send_term).start()
loops = 0
while not stop:
    loops += 1
    time.sleep(0.01)
print("stopped cleanly", loops > 3, seen)
signal.signal(signal.SIGUSR1, signal.SIG_IGN)
signal.raise_signal(signal.SIGUSR1)
print(signal.getsignal(signal.SIGUSR1), len(seen))


def on_int(signum, frame):
    print("interrupt handled, not raised")


signal.signal(signal.SIGINT, on_int)
signal.raise_signal(signal.SIGINT)
print("done", len(seen))
