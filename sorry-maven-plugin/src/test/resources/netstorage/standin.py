#!/usr/bin/env python3
"""A stand-in for the Akamai NetStorage HTTP API (and the Fast Purge v3 invalidate call), for tests.

Written from Akamai's documentation, separately from the plugin's Java client, so that the two
check each other:

* NetStorage Usage API, "Each call needs signature header authentication":
    X-Akamai-ACS-Auth-Data: [version], [0.0.0.0], [0.0.0.0], [time], [unique-id], [key-name]
    X-Akamai-ACS-Auth-Sign: base64(HMAC-SHA256([key], [data] + [sign-string]))
    [sign-string] = [request path] + "\n" + "x-akamai-acs-action:" + [X-Akamai-ACS-Action value] + "\n"
  A request is refused (403) when a header is missing, the version is not 5, the key name is not
  ours, the time is more than 60 s from this server's clock, the unique id was used before, or the
  signature does not match.
* Actions: upload (PUT, md5 checked), stat, dir, download (GET), delete (PUT or POST).
* EdgeGrid (EG1-HMAC-SHA256) for POST /ccu/v3/invalidate/url/{production|staging}, as the
  "Authenticate with EdgeGrid" page describes it, with the Fast Purge 50,000-byte body limit.

Standard library only. Objects live in memory, or under --dir when one is given (so a test can
look at them). Prints "PORT <n>" on its first line once it listens.

Control endpoints (no signature; tests only), all under /__control/:
  GET  stats                 JSON counts of requests by action, and the purge bodies received
  POST fail?path=P&count=N   answer the next N requests for path P with 500
  POST skew?seconds=S        pretend this server's clock is S seconds ahead
  POST throttle?count=N&after=K  after K more accepted purge requests, answer the next N with 429
  POST reset                 forget the counts
"""
import argparse
import base64
import datetime
import email.utils
import hashlib
import hmac
import json
import os
import sys
import threading
import time
import urllib.parse
import uuid
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from xml.sax.saxutils import quoteattr

LOCK = threading.Lock()
STATE = {
    "objects": {},      # path -> (bytes, mtime)
    "used_ids": set(),
    "counts": {},
    "fail": {},         # path -> remaining failures
    "skew": 0,
    "throttle": 0,
    "throttle_after": 0,
    "purges": [],
    "refused": 0,
}
ARGS = None


def now():
    return int(time.time()) + STATE["skew"]


def count(name):
    with LOCK:
        STATE["counts"][name] = STATE["counts"].get(name, 0) + 1


# ---- storage -------------------------------------------------------------------------------

def store_put(path, body, mtime):
    with LOCK:
        STATE["objects"][path] = (body, mtime)
    if ARGS.dir:
        target = os.path.join(ARGS.dir, path.lstrip("/"))
        os.makedirs(os.path.dirname(target), exist_ok=True)
        with open(target, "wb") as f:
            f.write(body)


def store_get(path):
    with LOCK:
        return STATE["objects"].get(path)


def store_delete(path):
    with LOCK:
        found = STATE["objects"].pop(path, None)
    if found is not None and ARGS.dir:
        target = os.path.join(ARGS.dir, path.lstrip("/"))
        if os.path.exists(target):
            os.remove(target)
    return found is not None


def children(directory):
    """Direct children of a directory: files, and implicit directories made by deeper files."""
    prefix = directory.rstrip("/") + "/"
    files, dirs = {}, {}
    with LOCK:
        items = list(STATE["objects"].items())
    for path, (body, mtime) in items:
        if not path.startswith(prefix):
            continue
        rest = path[len(prefix):]
        if "/" in rest:
            name = rest.split("/", 1)[0]
            d = dirs.setdefault(name, {"bytes": 0, "files": 0, "mtime": 0})
            d["bytes"] += len(body)
            d["files"] += 1
            d["mtime"] = max(d["mtime"], mtime)
        else:
            files[rest] = (body, mtime)
    return files, dirs


def file_xml(name, body, mtime):
    return '<file type="file" name=%s size="%d" md5="%s" mtime="%d"/>' % (
        quoteattr(name), len(body), hashlib.md5(body).hexdigest(), mtime)


def dir_xml(name, d):
    return '<file type="dir" name=%s bytes="%d" files="%d" mtime="%d" implicit="true"/>' % (
        quoteattr(name), d["bytes"], d["files"], d["mtime"])


# ---- authentication ------------------------------------------------------------------------

def check_netstorage_auth(handler, raw_path):
    """None when the request is signed as the documentation says, else why not."""
    data = handler.headers.get("X-Akamai-ACS-Auth-Data")
    sign = handler.headers.get("X-Akamai-ACS-Auth-Sign")
    action = handler.headers.get("X-Akamai-ACS-Action")
    if data is None or sign is None or action is None:
        return "missing X-Akamai-ACS-Auth-Data, X-Akamai-ACS-Auth-Sign or X-Akamai-ACS-Action"
    fields = [f.strip() for f in data.split(",")]
    if len(fields) != 6:
        return "X-Akamai-ACS-Auth-Data must have 6 comma-separated fields"
    version, _, _, stamp, unique_id, key_name = fields
    if version != "5":
        return "unsupported version " + version
    if key_name != ARGS.key_name:
        return "unknown key name"
    try:
        stamp = int(stamp)
    except ValueError:
        return "time is not a number"
    if abs(now() - stamp) > 60:
        return "time is more than 60 s off"
    sign_string = raw_path + "\n" + "x-akamai-acs-action:" + action.strip() + "\n"
    expected = base64.b64encode(hmac.new(ARGS.key.encode("utf-8"), (data + sign_string).encode("utf-8"),
                                         hashlib.sha256).digest()).decode("ascii")
    if not hmac.compare_digest(expected, sign.strip()):
        return "signature does not match"
    with LOCK:
        if (data, raw_path) in STATE["used_ids"]:
            return "X-Akamai-ACS-Auth-Data used before"
        STATE["used_ids"].add((data, raw_path))
    return None


def parse_edgerc_auth(header):
    if not header or not header.startswith("EG1-HMAC-SHA256 "):
        return None
    parts = {}
    for item in header[len("EG1-HMAC-SHA256 "):].split(";"):
        if "=" in item:
            k, v = item.split("=", 1)
            parts[k] = v
    return parts


def edgegrid_signature(method, host, raw_path, body, unsigned_auth, timestamp, client_secret, max_body=131072):
    content_hash = ""
    if method == "POST" and body:
        content_hash = base64.b64encode(hashlib.sha256(body[:max_body]).digest()).decode("ascii")
    data = "\t".join([method.upper(), "https", host, raw_path, "", content_hash, unsigned_auth])
    signing_key = base64.b64encode(hmac.new(client_secret.encode("utf-8"), timestamp.encode("utf-8"), hashlib.sha256).digest())
    return base64.b64encode(hmac.new(signing_key, data.encode("utf-8"), hashlib.sha256).digest()).decode("ascii")


def self_test():
    """This verifier against two of Akamai's published EdgeGrid vectors (AkamaiOPEN-edgegrid-python,
    akamai/edgegrid/test/testdata.json: "simple GET" and "POST inside limit")."""
    host = "akaa-baseurl-xxxxxxxxxxx-xxxxxxxxxxxxx.luna.akamaiapis.net"
    secret = "x" * 43 + "="
    timestamp = "20140321T19:34:21+0000"
    unsigned = ("EG1-HMAC-SHA256 client_token=akab-client-token-xxx-xxxxxxxxxxxxxxxx;access_token=akab-access-token-xxx-xxxxxxxxxxxxxxxx;"
                "timestamp=20140321T19:34:21+0000;nonce=nonce-xx-xxxx-xxxx-xxxx-xxxxxxxxxxxx;")
    cases = [("GET", "/", b"", "tL+y4hxyHxgWVD30X3pWnGKHcPzmrIF+LThiAOhMxYU="),
             ("POST", "/testapi/v1/t3", b"datadatadatadatadatadatadatadata", "hXm4iCxtpN22m4cbZb4lVLW5rhX8Ca82vCFqXzSTPe4=")]
    for method, path, body, expected in cases:
        got = edgegrid_signature(method, host, path, body, unsigned, timestamp, secret, 2048)
        if got != expected:
            print("FAIL %s %s: %s != %s" % (method, path, got, expected))
            sys.exit(1)
    print("self-test passed")


def check_edgegrid(handler, raw_path, body):
    """EG1-HMAC-SHA256: signing key = HMAC(client_secret, timestamp); the data to sign is the tab-joined
    method, scheme, host, path+query, canonical headers (none here), content hash (POST only) and the
    Authorization header up to and including 'nonce=...;'."""
    auth = handler.headers.get("Authorization")
    parts = parse_edgerc_auth(auth)
    if parts is None:
        return "no EG1-HMAC-SHA256 Authorization header"
    if parts.get("client_token") != ARGS.client_token or parts.get("access_token") != ARGS.access_token:
        return "unknown client_token or access_token"
    timestamp = parts.get("timestamp", "")
    try:
        signed_at = datetime.datetime.strptime(timestamp, "%Y%m%dT%H:%M:%S%z").timestamp()
    except ValueError:
        return "bad timestamp"
    if abs(now() - signed_at) > 300:
        return "timestamp too far off"
    unsigned = auth[:auth.index("signature=")]
    expected = edgegrid_signature(handler.command, ARGS.edgegrid_host, raw_path, body, unsigned, timestamp, ARGS.client_secret)
    if not hmac.compare_digest(expected, parts.get("signature", "")):
        return "signature does not match"
    return None


# ---- the handler ---------------------------------------------------------------------------

class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "netstorage-standin"

    def log_message(self, fmt, *args):
        if ARGS.verbose:
            sys.stderr.write("standin: " + fmt % args + "\n")

    def date_time_string(self, timestamp=None):
        return email.utils.formatdate(now(), usegmt=True)

    def reply(self, status, body=b"", content_type="text/plain"):
        if isinstance(body, str):
            body = body.encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def reply_with(self, status, body, headers):
        body = body.encode("utf-8")
        self.send_response(status)
        for k, v in headers.items():
            self.send_header(k, v)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def body(self):
        length = int(self.headers.get("Content-Length") or 0)
        return self.rfile.read(length) if length else b""

    def do_GET(self):
        self.handle_any()

    def do_PUT(self):
        self.handle_any()

    def do_POST(self):
        self.handle_any()

    def handle_any(self):
        raw_path = self.path
        if raw_path.startswith("/__control/"):
            return self.control(raw_path)
        body = self.body()
        if raw_path.startswith("/ccu/v3/"):
            return self.purge(raw_path, body)
        if self.headers.get("X-Akamai-ACS-Action") is None and self.command == "GET":
            # Not an API call: answer as the edge does for a purged sorry page, fetched anew.
            count("edge-get")
            return self.reply_with(503, "<html><body>sorry</body></html>", {"X-Cache": "TCP_MISS from a-standin"})
        problem = check_netstorage_auth(self, raw_path)
        if problem is not None:
            with LOCK:
                STATE["refused"] += 1
            return self.reply(403, "Forbidden: " + problem)
        action = urllib.parse.parse_qs(self.headers.get("X-Akamai-ACS-Action").strip())
        name = action.get("action", [""])[0]
        count(name)
        path = urllib.parse.unquote(raw_path)
        with LOCK:
            remaining = STATE["fail"].get(path, 0)
            if remaining:
                STATE["fail"][path] = remaining - 1
        if remaining:
            return self.reply(500, "Internal Server Error (injected)")
        if name == "upload" and self.command == "PUT":
            md5 = action.get("md5", [None])[0]
            if md5 is not None and hashlib.md5(body).hexdigest() != md5.lower():
                return self.reply(400, "md5 mismatch")
            mtime = int(action.get("mtime", [now()])[0])
            store_put(path, body, mtime)
            return self.reply(200, "<HTML>Request Processed.</HTML>", "text/html")
        if name == "stat" and self.command == "GET":
            found = store_get(path)
            if found is None:
                files, dirs = children(path)
                if not files and not dirs:
                    return self.reply(404, "Not Found")
                xml = '<stat directory=%s>%s</stat>' % (quoteattr(os.path.dirname(path)), dir_xml(os.path.basename(path), {
                    "bytes": 0, "files": len(files), "mtime": 0}))
                return self.reply(200, xml, "text/xml")
            body_, mtime = found
            xml = '<stat directory=%s>%s</stat>' % (quoteattr(os.path.dirname(path)), file_xml(os.path.basename(path), body_, mtime))
            return self.reply(200, xml, "text/xml")
        if name == "dir" and self.command == "GET":
            files, dirs = children(path)
            if not files and not dirs:
                return self.reply(404, "Not Found")
            entries = [(n, dir_xml(n, d)) for n, d in dirs.items()] + [(n, file_xml(n, b, m)) for n, (b, m) in files.items()]
            entries.sort()
            xml = '<stat directory=%s>%s</stat>' % (quoteattr(path), "".join(e for _, e in entries))
            return self.reply(200, xml, "text/xml")
        if name == "download" and self.command == "GET":
            found = store_get(path)
            if found is None:
                return self.reply(404, "Not Found")
            return self.reply(200, found[0], "application/octet-stream")
        if name == "delete" and self.command in ("PUT", "POST"):
            if not store_delete(path):
                return self.reply(404, "Not Found")
            return self.reply(200, "<HTML>Request Processed.</HTML>", "text/html")
        return self.reply(400, "unsupported action " + name + " with " + self.command)

    def purge(self, raw_path, body):
        count("purge")
        network = raw_path.rsplit("/", 1)[-1]
        if self.command != "POST" or not raw_path.startswith("/ccu/v3/invalidate/url/") or network not in ("production", "staging"):
            return self.reply(404, json.dumps({"status": 404, "title": "Not Found"}), "application/problem+json")
        problem = check_edgegrid(self, raw_path, body)
        if problem is not None:
            with LOCK:
                STATE["refused"] += 1
            return self.reply(401, json.dumps({"type": "https://problems.luna.akamaiapis.net/-/pep-authn/deny",
                                               "title": "Not authorized", "status": 401, "detail": problem}),
                              "application/problem+json")
        if len(body) > 50000:
            return self.reply(413, json.dumps({"status": 413, "title": "Request Entity Too Large"}), "application/problem+json")
        with LOCK:
            if STATE["throttle_after"] > 0:
                STATE["throttle_after"] -= 1
                throttled = False
            else:
                throttled = STATE["throttle"] > 0
                if throttled:
                    STATE["throttle"] -= 1
        if throttled:
            return self.reply(429, json.dumps({"status": 429, "title": "Too Many Requests"}), "application/problem+json")
        document = json.loads(body.decode("utf-8"))
        with LOCK:
            STATE["purges"].append({"network": network, "objects": document.get("objects", [])})
        purge_id = str(uuid.uuid4())
        return self.reply(201, json.dumps({"httpStatus": 201, "estimatedSeconds": ARGS.estimated_seconds, "purgeId": purge_id,
                                           "supportId": "17PY" + purge_id[:8], "detail": "Request accepted"}), "application/json")

    def control(self, raw_path):
        self.body()
        url = urllib.parse.urlparse(raw_path)
        query = urllib.parse.parse_qs(url.query)
        what = url.path[len("/__control/"):]
        if what == "stats":
            with LOCK:
                doc = {"counts": STATE["counts"], "purges": STATE["purges"], "refused": STATE["refused"],
                       "objects": sorted(STATE["objects"].keys())}
            return self.reply(200, json.dumps(doc), "application/json")
        if what == "fail":
            with LOCK:
                STATE["fail"][query["path"][0]] = int(query.get("count", ["1000000"])[0])
            return self.reply(204)
        if what == "skew":
            STATE["skew"] = int(query["seconds"][0])
            return self.reply(204)
        if what == "throttle":
            STATE["throttle"] = int(query["count"][0])
            STATE["throttle_after"] = int(query.get("after", ["0"])[0])
            return self.reply(204)
        if what == "reset":
            with LOCK:
                STATE["counts"] = {}
                STATE["purges"] = []
                STATE["fail"] = {}
                STATE["refused"] = 0
                STATE["throttle"] = 0
                STATE["throttle_after"] = 0
            return self.reply(204)
        return self.reply(404, "no such control")


def main():
    global ARGS
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--dir", default=None)
    parser.add_argument("--key-name", default=os.environ.get("STANDIN_KEY_NAME", "sorry-upload"))
    parser.add_argument("--key", default=os.environ.get("STANDIN_KEY", "standin-secret-key"))
    parser.add_argument("--client-token", default="akab-client-token-standin")
    parser.add_argument("--client-secret", default="standin-client-secret=")
    parser.add_argument("--access-token", default="akab-access-token-standin")
    parser.add_argument("--edgegrid-host", default="akab-standin.purge.akamaiapis.net")
    parser.add_argument("--estimated-seconds", type=int, default=5)
    parser.add_argument("--max-seconds", type=int, default=600, help="stop by itself after this long")
    parser.add_argument("--verbose", action="store_true")
    parser.add_argument("--no-stdin-watch", action="store_true", help="do not stop when stdin closes (for a parent that will not keep it open)")
    parser.add_argument("--self-test", action="store_true", help="check the EdgeGrid verifier against Akamai's vectors and exit")
    ARGS = parser.parse_args()
    if ARGS.self_test:
        return self_test()
    server = ThreadingHTTPServer(("127.0.0.1", ARGS.port), Handler)
    server.daemon_threads = True
    print("PORT %d" % server.server_address[1], flush=True)
    timer = threading.Timer(ARGS.max_seconds, server.shutdown)
    timer.daemon = True
    timer.start()
    # Stops when the parent closes our stdin (the test ended), or at --max-seconds.
    def watch_stdin():
        try:
            sys.stdin.read()
        except Exception:
            pass
        server.shutdown()
    if not ARGS.no_stdin_watch:
        threading.Thread(target=watch_stdin, daemon=True).start()
    server.serve_forever()


if __name__ == "__main__":
    main()
