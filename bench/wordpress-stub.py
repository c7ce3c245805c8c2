#!/usr/bin/env python3
"""A stateful WordPress stub for the chaos mode of bench/publishing.sh (see bench/README.md).

It keeps the posts it stores and finds them by slug, as reconciliation asks
(GET /wp-json/wp/v2/posts?slug=...&status=any), and answers each request with a fault drawn from a fixed
mix. The draw depends only on the seed, the slug and how many times that slug was sent before, so the
same posts meet the same faults in every run with the same seed, whatever order the requests come in.

Faults of a POST (creating a post):       Faults of a GET (looking a post up):
  503 Service Unavailable   10 %  not stored   503  10 %
  429 with Retry-After      10 %  not stored   429  10 %
  500 after storing          5 %               connection reset 3 %
  answer later than the read timeout, after storing 5 %
  connection reset before storing 3 %
  504 from the "proxy" after storing 3 %

GET /__stats gives what happened: for each slug how many times it was stored, and a count per fault.
Only 127.0.0.1 is served.
"""
import argparse
import base64
import hashlib
import json
import socket
import struct
import threading
import time
from collections import Counter, defaultdict
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

POST_FAULTS = [("503", 0.10), ("429", 0.10), ("500_after_storing", 0.05), ("slow_after_storing", 0.05),
               ("reset_before_storing", 0.03), ("504_after_storing", 0.03)]
GET_FAULTS = [("503", 0.10), ("429", 0.10), ("reset_before_storing", 0.03)]


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--site", default="/bench", help="the path the blog lives under")
    parser.add_argument("--user", default="bench")
    parser.add_argument("--password", default="abcdefgh")
    parser.add_argument("--seed", default="16")
    parser.add_argument("--latency-ms", type=int, default=50, help="added to every answer")
    parser.add_argument("--slow-s", type=float, default=3.0, help="how late a slow answer comes")
    parser.add_argument("--no-faults", action="store_true", help="answer every request well")
    return parser.parse_args()


class Blog:
    def __init__(self, args):
        self.args = args
        self.lock = threading.Lock()
        self.posts = {}  # id -> post
        self.by_slug = defaultdict(list)  # requested slug -> ids stored under it
        self.sent = Counter()  # (method, slug) -> requests so far
        self.faults = Counter()
        self.next_id = 1

    def draw(self, method, slug, table):
        """The fault for the n-th request of this kind for this slug, the same in every run with this seed."""
        with self.lock:
            n = self.sent[(method, slug)]
            self.sent[(method, slug)] += 1
        if self.args.no_faults:
            return None
        digest = hashlib.sha256(f"{self.args.seed}:{method}:{slug}:{n}".encode()).digest()
        x = int.from_bytes(digest[:8], "big") / 2 ** 64
        for fault, share in table:
            if x < share:
                return fault
            x -= share
        return None

    def store(self, body):
        with self.lock:
            post_id = self.next_id
            self.next_id += 1
            slug = body.get("slug") or f"post-{post_id}"
            # WordPress keeps slugs unique: a second post with the same slug gets "-2", "-3" ...
            taken = len(self.by_slug[slug])
            post = {"id": post_id, "slug": slug if taken == 0 else f"{slug}-{taken + 1}", "status": "publish",
                    "title": {"raw": body.get("title", "")}, "content": {"raw": body.get("content", "")},
                    "link": f"https://bench.example/{slug}/"}
            self.posts[post_id] = post
            self.by_slug[slug].append(post_id)
            return post

    def find(self, slug):
        with self.lock:
            return [p for p in self.posts.values() if p["slug"] == slug]

    def count(self, fault):
        with self.lock:
            self.faults[fault or "ok"] += 1

    def stats(self):
        with self.lock:
            return {"stored": {slug: len(ids) for slug, ids in self.by_slug.items()},
                    "faults": dict(self.faults), "requests": sum(self.sent.values())}


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    blog = None
    reset = False

    def log_message(self, *args):
        pass

    def finish(self):
        if not self.reset:
            super().finish()

    def answer(self, status, document=None, headers=None, text=None):
        body = (json.dumps(document) if document is not None else text or "").encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json" if document is not None else "text/html")
        self.send_header("Content-Length", str(len(body)))
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)

    def reset_connection(self):
        """Closes the socket with a TCP reset and no answer."""
        self.reset = True
        self.close_connection = True
        self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        self.rfile.close()
        self.wfile.close()
        self.connection.close()

    def authorised(self):
        expected = base64.b64encode(f"{self.blog.args.user}:{self.blog.args.password}".encode()).decode()
        if self.headers.get("Authorization") == f"Basic {expected}":
            return True
        self.answer(401, {"code": "incorrect_password", "message": "Wrong application password.",
                          "data": {"status": 401}})
        return False

    def refused(self, fault):
        """The faults by which the request was not processed at all."""
        if fault == "503":
            self.answer(503, text="<html><body><h1>503 Service Unavailable</h1></body></html>")
        elif fault == "429":
            self.answer(429, {"code": "too_many_requests", "message": "Slow down.", "data": {"status": 429}},
                        {"Retry-After": "1"})
        elif fault == "reset_before_storing":
            self.reset_connection()
        else:
            return False
        return True

    def do_GET(self):
        url = urlsplit(self.path)
        if url.path == "/__stats":
            return self.answer(200, self.blog.stats())
        time.sleep(self.blog.args.latency_ms / 1000)
        site = self.blog.args.site
        if url.path == f"{site}/wp-json/wp/v2/posts":
            if not self.authorised():
                return None
            slug = parse_qs(url.query).get("slug", [""])[0]
            fault = self.blog.draw("GET", slug, GET_FAULTS)
            self.blog.count(f"GET {fault}" if fault else None)
            if not self.refused(fault):
                self.answer(200, self.blog.find(slug))
        elif url.path == f"{site}/wp-json/wp/v2/comments":
            self.answer(200, [])
        elif url.path == f"{site}/wp-json/wp/v2/users/me":
            self.answer(200, {"id": 1, "name": self.blog.args.user})
        else:
            self.answer(404, {"code": "rest_no_route", "message": "No route.", "data": {"status": 404}})
        return None

    def do_POST(self):
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length) if length else b""
        time.sleep(self.blog.args.latency_ms / 1000)
        if urlsplit(self.path).path != f"{self.blog.args.site}/wp-json/wp/v2/posts":
            return self.answer(404, {"code": "rest_no_route", "message": "No route.", "data": {"status": 404}})
        if not self.authorised():
            return None
        try:
            body = json.loads(raw or b"{}")
        except ValueError:
            return self.answer(400, {"code": "rest_invalid_json", "message": "Invalid JSON.", "data": {"status": 400}})
        fault = self.blog.draw("POST", body.get("slug", ""), POST_FAULTS)
        self.blog.count(f"POST {fault}" if fault else None)
        if self.refused(fault):
            return None
        post = self.blog.store(body)
        if fault == "500_after_storing":
            self.answer(500, {"code": "internal_server_error", "message": "Database error.", "data": {"status": 500}})
        elif fault == "504_after_storing":
            self.answer(504, text="<html><body><h1>504 Gateway Time-out</h1>nginx</body></html>")
        else:
            if fault == "slow_after_storing":
                time.sleep(self.blog.args.slow_s)
            self.answer(201, post)
        return None


class Server(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 128

    def handle_error(self, request, client_address):
        # A client that gave up before a slow answer: expected here, not worth a traceback.
        pass


def main():
    args = parse_args()
    Handler.blog = Blog(args)
    Server(("127.0.0.1", args.port), Handler).serve_forever()


if __name__ == "__main__":
    main()
