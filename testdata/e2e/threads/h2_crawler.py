import threading
import queue
import time


PAGES = {
    "/": ["/a", "/b"],
    "/a": ["/a/1", "/b", "/"],
    "/b": ["/b/1", "/missing"],
    "/a/1": [],
    "/b/1": ["/a/1"],
}

class NotFound(Exception):
    pass

def fetch(path):
    time.sleep(0.002)
    if path not in PAGES:
        raise NotFound(path)
    return PAGES[path]

class Crawler:
    def __init__(self, root, workers=3):
        self.root = root
        self.frontier = queue.Queue()
        self.seen = {root}
        self.seen_lock = threading.Lock()
        self.graph = {}
        self.errors = []
        self.workers = workers

    def worker(self):
        while True:
            path = self.frontier.get()
            if path is None:
                self.frontier.task_done()
                return
            try:
                links = fetch(path)
            except NotFound as e:
                with self.seen_lock:
                    self.errors.append(str(e))
            else:
                with self.seen_lock:
                    self.graph[path] = links
                    for link in links:
                        if link not in self.seen:
                            self.seen.add(link)
                            self.frontier.put(link)
            finally:
                self.frontier.task_done()

    def crawl(self):
        threads = [threading.Thread(target=self.worker, daemon=True) for _ in range(self.workers)]
        for t in threads:
            t.start()
        self.frontier.put(self.root)
        self.frontier.join()
        for _ in threads:
            self.frontier.put(None)
        for t in threads:
            t.join(timeout=1)
        return self.graph

def main():
    c = Crawler("/")
    graph = c.crawl()
    for page in sorted(graph):
        print(f"{page:<6} -> {', '.join(sorted(graph[page])) or '(none)'}")
    print("errors:", c.errors)
    print("seen:", len(c.seen), sorted(c.seen))
    indeg = {}
    for src, links in graph.items():
        for l in links:
            indeg[l] = indeg.get(l, 0) + 1
    print(max(indeg.items(), key=lambda kv: (kv[1], kv[0])))


if __name__ == "__main__":
    main()
