"""Run the site under waitress, a production WSGI server (pure Python, also on Windows).

The socket is bound once by the parent. With one worker (the default, and the
only choice without ``os.fork``, i.e. on Windows) the parent serves it with
a pool of threads. With several, the parent loads the word segmenter (for
related articles), then forks workers that each build their own app and open
the index themselves (Whoosh file handles must not be shared across processes) and accept on the shared
socket; the parent forwards SIGINT/SIGTERM and waits. Each worker's engine
picks up a new index generation in the background, so a reindex needs no restart.
"""
from __future__ import annotations

import signal
import socket
from collections.abc import Callable

import waitress
from flask import Flask

from dangjian.index import platform
from dangjian.index.words import word_segmenter
from dangjian.search.catalog import catalog


def bind(host: str, port: int) -> socket.socket:
    """Return a listening socket (port 0 picks a free one)."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.create_server((host, port), family=family, backlog=1024)
    return sock


def address_of(sock: socket.socket, host: str) -> str:
    """Return the URL people type to reach the socket; a wildcard host adds the machine's name."""
    port = sock.getsockname()[1]
    if host in ("0.0.0.0", "::", ""):
        local = "127.0.0.1" if host != "::" else "[::1]"
        return f"http://{local}:{port}/ http://{socket.gethostname()}:{port}/"
    return f"http://{'[' + host + ']' if ':' in host else host}:{port}/"


def run_worker(make_app: Callable[[], Flask], sock: socket.socket, threads: int) -> None:
    """Build the app, open the index before the first request, and serve sock until stopped."""
    app = make_app()
    catalog(app.extensions["dangjian.engine"].warm())     # browse and suggestions are ready too
    waitress.serve(app, sockets=[sock], threads=threads, ident="dangjian",
                   clear_untrusted_proxy_headers=True)


def serve(make_app: Callable[[], Flask], sock: socket.socket, workers: int = 1, threads: int = 8) -> None:
    """Serve sock with workers processes (forked where the OS can) of threads threads each."""
    if workers <= 1 or not platform.can_fork():
        run_worker(make_app, sock, threads)
        return
    word_segmenter()                   # loaded once, shared copy-on-write by every worker
    children = [platform.fork_worker(lambda: run_worker(make_app, sock, threads)) for _ in range(workers)]
    sock.close()

    def stop(signum, frame):
        for pid in children:
            platform.kill_process(pid, signum)
    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    for pid in children:
        platform.wait_process(pid)
