#!/usr/bin/env python3
"""Writes sample.warc.gz: an invented crawl of two news pages (plus the records a crawler also keeps),
gzipped record by record as crawlers do. The events in it did not happen. Run from this folder."""
import gzip

PAGE_1 = """<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>African Union sends mediators to Chad | Example News</title>
<meta property="article:published_time" content="2023-11-20T16:10:00+01:00">
</head><body>
<nav><a href="/">Home</a> <a href="/africa">Africa</a></nav>
<article><h1>African Union sends mediators to Chad</h1>
<p>N'DJAMENA - The African Union sent a team of mediators to Chad on Monday after clashes between the army and a rebel group near the Sudanese border.</p>
<p>The mediators will meet government ministers and rebel leaders this week, an African Union official said. Chad's government said it welcomed the mission.</p>
</article>
<footer>Invented example page.</footer>
</body></html>
"""

PAGE_2 = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Kenya hosts Sudan ceasefire talks</title></head><body>
<div class="story">
<p>NAIROBI, Nov. 21, 2023 (Example News) - Kenya hosted talks between Sudan's warring parties on Tuesday and urged both sides to agree to a ceasefire before the end of the month.</p>
<p>Delegates from the two sides did not meet face to face, Kenyan officials said.</p>
</div>
<div class="footer">Invented example page.</div>
</body></html>
"""


def record(warc_type, uri, date, content_type, block, record_id):
    head = [
        "WARC/1.1",
        "WARC-Type: " + warc_type,
        "WARC-Record-ID: <urn:uuid:" + record_id + ">",
        "WARC-Date: " + date,
    ]
    if uri:
        head.append("WARC-Target-URI: " + uri)
    head += ["Content-Type: " + content_type, "Content-Length: " + str(len(block))]
    return ("\r\n".join(head) + "\r\n\r\n").encode("utf-8") + block + b"\r\n\r\n"


def http(status, headers, body):
    lines = ["HTTP/1.1 " + status] + [k + ": " + v for k, v in headers]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("iso-8859-1") + body


def chunked(data, size=200):
    out = b""
    for i in range(0, len(data), size):
        part = data[i:i + size]
        out += b"%x\r\n" % len(part) + part + b"\r\n"
    return out + b"0\r\n\r\n"


CRAWLED = "2024-01-05T12:00:00Z"
records = [
    record("warcinfo", None, CRAWLED, "application/warc-fields",
           b"software: hand-written example\r\nformat: WARC File Format 1.1\r\n", "00000000-0000-4000-8000-000000000001"),
    record("request", "https://news.example.org/2023/11/20/au-chad-mediators", CRAWLED, "application/http; msgtype=request",
           b"GET /2023/11/20/au-chad-mediators HTTP/1.1\r\nHost: news.example.org\r\n\r\n", "00000000-0000-4000-8000-000000000002"),
    record("response", "https://news.example.org/2023/11/20/au-chad-mediators", CRAWLED, "application/http; msgtype=response",
           http("200 OK", [("Content-Type", "text/html; charset=utf-8")], PAGE_1.encode("utf-8")),
           "00000000-0000-4000-8000-000000000003"),
    record("response", "https://news.example.org/img/chad.png", CRAWLED, "application/http; msgtype=response",
           http("200 OK", [("Content-Type", "image/png")], b"\x89PNG\r\n\x1a\n" + bytes(24)),
           "00000000-0000-4000-8000-000000000004"),
    record("response", "https://news.example.org/2023/11/21/kenya-sudan-talks", CRAWLED, "application/http; msgtype=response",
           http("200 OK", [("Content-Type", "text/html; charset=utf-8"), ("Content-Encoding", "gzip"),
                           ("Transfer-Encoding", "chunked")],
                chunked(gzip.compress(PAGE_2.encode("utf-8"), mtime=0))),
           "00000000-0000-4000-8000-000000000005"),
    record("response", "https://news.example.org/missing", CRAWLED, "application/http; msgtype=response",
           http("404 Not Found", [("Content-Type", "text/html")], b"<html><body><p>Not found</p></body></html>"),
           "00000000-0000-4000-8000-000000000006"),
]

with open("sample.warc.gz", "wb") as f:
    for r in records:
        f.write(gzip.compress(r, mtime=0))
