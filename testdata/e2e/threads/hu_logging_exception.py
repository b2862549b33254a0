# logging to stderr from threads, and logger.exception in an except
# clause: the traceback follows the message (stderr's last line is the
# exception's).
import logging
import threading

logging.basicConfig(level=logging.INFO, format="%(levelname)s:%(threadName)s:%(message)s")
log = logging.getLogger(__name__)


def work(n):
    log.info("working on %d", n)
    if n == 2:
        log.warning("n is %s", n)
    log.debug("hidden")


t = threading.Thread(target=work, args=(2,), name="W1")
t.start()
t.join()
print("joined")
try:
    {}["missing"]
except KeyError:
    log.exception("lookup failed")
print("end")
