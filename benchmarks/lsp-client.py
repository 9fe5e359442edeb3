#!/usr/bin/env python3
"""A scripted LSP client for the benchmark of `taakboek lsp` (standard library only).

Starts the server, opens one period record of the repository, then types: each keystroke is a
didChange with the whole text and one figure changed, timed from sending it until the server has
published the diagnostics of that record. Prints JSON: the time to read the repository on the
first open, and the keystroke times (ms).

usage: lsp-client.py <taakboek binary> <repository> <record path> [keystrokes]
"""
import json
import statistics
import subprocess
import sys
import time


def main():
    binary, root, record = sys.argv[1], sys.argv[2], sys.argv[3]
    keystrokes = int(sys.argv[4]) if len(sys.argv) > 4 else 50
    server = subprocess.Popen([binary, "lsp"], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                              stderr=subprocess.DEVNULL)

    def send(message):
        body = json.dumps(message).encode()
        server.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        server.stdin.flush()

    def receive():
        length = None
        while True:
            line = server.stdout.readline()
            if not line:
                raise SystemExit("lsp-client: the server stopped")
            if line == b"\r\n":
                break
            name, value = line.decode().split(":", 1)
            if name.lower() == "content-length":
                length = int(value)
        return json.loads(server.stdout.read(length))

    uri = "file://" + root + "/" + record

    def until_diagnostics():
        while True:
            message = receive()
            if message.get("method") == "textDocument/publishDiagnostics" and message["params"]["uri"] == uri:
                return message["params"]["diagnostics"]

    send({"jsonrpc": "2.0", "id": 1, "method": "initialize",
          "params": {"rootUri": "file://" + root, "capabilities": {}}})
    while receive().get("id") != 1:
        pass
    send({"jsonrpc": "2.0", "method": "initialized", "params": {}})
    text = open(root + "/" + record, encoding="utf-8").read()
    started = time.perf_counter()
    send({"jsonrpc": "2.0", "method": "textDocument/didOpen",
          "params": {"textDocument": {"uri": uri, "languageId": "yaml", "version": 1, "text": text}}})
    until_diagnostics()
    first_open = (time.perf_counter() - started) * 1000
    lines = text.split("\n")
    target = next(i for i, line in enumerate(lines) if line.startswith("taakstelling:"))
    times = []
    errors_seen = 0
    for number in range(keystrokes):
        changed = list(lines)
        # Alternate between a wrong and the right figure, as a clerk typing and correcting.
        if number % 2 == 0:
            changed[target] = lines[target] + "1"
        body = "\n".join(changed)
        started = time.perf_counter()
        send({"jsonrpc": "2.0", "method": "textDocument/didChange",
              "params": {"textDocument": {"uri": uri, "version": number + 2},
                         "contentChanges": [{"text": body}]}})
        diagnostics = until_diagnostics()
        times.append((time.perf_counter() - started) * 1000)
        errors_seen += any(d.get("severity") == 1 for d in diagnostics)
    send({"jsonrpc": "2.0", "id": 2, "method": "shutdown"})
    while receive().get("id") != 2:
        pass
    send({"jsonrpc": "2.0", "method": "exit"})
    server.wait()
    times.sort()
    print(json.dumps({
        "first_open_ms": round(first_open, 1),
        "keystrokes": len(times),
        "keystrokes_with_an_error": errors_seen,
        "median_ms": round(statistics.median(times), 2),
        "p95_ms": round(times[int(len(times) * 0.95) - 1], 2),
        "max_ms": round(times[-1], 2),
        "exit_status": server.returncode,
    }))


main()
