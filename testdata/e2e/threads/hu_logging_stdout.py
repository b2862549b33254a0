# logging: the last-resort handler before basicConfig, basicConfig to
# sys.stdout with a format naming levels, loggers and threads, logger
# levels inherited from parents, log(level, ...), %-mappings.
import logging
import sys
from concurrent.futures import ThreadPoolExecutor

logger = logging.getLogger("app.worker")

def job(n):
    logger.debug("job %d start", n)
    if n == 3:
        raise ValueError(f"bad {n}")
    return n * 2

def main():
    logger.warning("before config: %s", "last resort")
    logger.info("not shown")
    logging.basicConfig(stream=sys.stdout, level=logging.DEBUG,
                        format="[%(levelname)-8s] %(name)s (%(threadName)s): %(message)s")
    logging.getLogger("app").setLevel(logging.INFO)
    print(logger.getEffectiveLevel(), logger.isEnabledFor(logging.DEBUG), logger.name)
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="pool") as ex:
        futs = [ex.submit(job, n) for n in range(5)]
        for f in futs:
            try:
                logger.info("result %s", f.result())
            except ValueError:
                logger.error("job failed", exc_info=False)
    logging.log(logging.CRITICAL, "total %d%%", 100)
    root = logging.getLogger()
    root.error("root %(x)s", {"x": 1})
    logging.warning("done")

main()
