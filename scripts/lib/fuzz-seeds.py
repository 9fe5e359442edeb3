#!/usr/bin/env python3
"""Writes the seed corpus of the fuzz harnesses (Fuzz/Corpus/<harness>/), called by `scripts/fuzz seed`.

record:      every shipped record and configuration file, behind the letter that tells the harness
             which file it replaces (p period, l placement, c correction, b letter, g gemeente.yaml,
             s soorten.yaml, j a schema), and hostile variants of a period; the harness itself adds
             every rule example (TAAKBOEK_FUZZ_EXPORT_SEEDS).
schema:      each test group of the JSON-Schema-Test-Suite (draft 7) as its schema, a NUL byte and
             one of its test documents; and each shipped schema alone (validated against itself).
frontmatter: the shipped letters and small variants of the fences.
lsp:         editor sessions on the shipped records as the harness's server sees them (opened at
             /tmp/taakboek-fuzz-lsp/repo): open, type a wrong figure, hover, complete, ask for
             fixes, shut down; behind a first byte that chooses the size of the pieces.

Same input, same files: names come from a hash of the content.
"""
import hashlib
import json
import os
import sys

root, corpus = sys.argv[1], sys.argv[2]
suite = os.environ.get("JSON_SCHEMA_TEST_SUITE", os.path.join(root, "..", "shared", "json-schema-test-suite"))


def write(harness, prefix, data):
    folder = os.path.join(corpus, harness)
    os.makedirs(folder, exist_ok=True)
    name = prefix + "-" + hashlib.sha1(data).hexdigest()[:12]
    with open(os.path.join(folder, name), "wb") as handle:
        handle.write(data)


def selector(path):
    if path.startswith("schemas/"):
        return b"s" if path.endswith("soorten.yaml") else b"j"
    for folder, letter in (("/perioden/", b"p"), ("/plaatsingen/", b"l"), ("/correcties/", b"c"), ("/brieven/", b"b")):
        if folder in path:
            return letter
    return b"g" if path.endswith("/gemeente.yaml") else None


shipped = []
for top in ("records", "schemas"):
    for folder, _, names in sorted(os.walk(os.path.join(root, top))):
        for name in sorted(names):
            full = os.path.join(folder, name)
            shipped.append((os.path.relpath(full, root), open(full, "rb").read()))

for path, data in shipped:
    letter = selector(path)
    if letter:
        write("record", "shipped", letter + data)
    if path.endswith(".md"):
        write("frontmatter", "shipped", data)

header = b"# yaml-language-server: $schema=../../../schemas/periode.schema.json\n"
period = header + b"periode: 2024-II\nstatus: afgesloten\nachterstand_begin: 38\ntaakstelling: 33\ntotaal: 71\ngehuisvest: 41\nachterstand_eind: 30\n"
hostile = [
    period.replace(b"38", b"9223372036854775807", 1),
    period.replace(b"38", b"123456789012345678901234567890", 1),
    period.replace(b"gehuisvest: 41", b"gehuisvest: -41"),
    period.replace(b"33", b"1e3", 1),
    period.replace(b"33", b"007", 1),
    period.replace(b"33", b"0x1F", 1),
    period.replace(b"33", b".inf", 1),
    period.replace(b"33", b"~", 1),
    period.replace(b"33", b"33.5", 1),
    period.replace(b"41", b"&a 41", 1).replace(b"30\n", b"*a\n"),
    period.replace(b"status: afgesloten", b"status: " + b"[" * 70 + b"]" * 70),
    period.replace(b"\n", b"\r\n"),
    b"\xef\xbb\xbf" + period,
    period.replace(b"taakstelling: 33", b"taakstelling: 3\x003"),
    period.replace(b"periode: 2024-II", b"periode: caf\xe9"),
    header + b"a0: &a0 [x, x]\na1: &a1 [*a0, *a0]\na2: [*a1, *a1]\n",
]
for data in hostile:
    write("record", "hostile", b"p" + data)

if os.path.isdir(os.path.join(suite, "tests", "draft7")):
    draft7 = os.path.join(suite, "tests", "draft7")
    for name in sorted(os.listdir(draft7)):
        if not name.endswith(".json"):
            continue
        for group in json.load(open(os.path.join(draft7, name), encoding="utf-8")):
            schema = json.dumps(group["schema"], separators=(",", ":"), ensure_ascii=False).encode()
            for test in group["tests"]:
                document = json.dumps(test["data"], separators=(",", ":"), ensure_ascii=False).encode()
                write("schema", "suite", schema + b"\0" + document)
else:
    print(f"fuzz-seeds: no JSON-Schema-Test-Suite at {suite}; the schema corpus has only the shipped schemas",
          file=sys.stderr)
for path, data in shipped:
    if path.endswith(".json"):
        write("schema", "shipped", data)

letter = b"---\n# yaml-language-server: $schema=../../../schemas/brief.schema.json\ndatum: 2025\nperiode: 2024-II\n---\n# Brief\n"
for data in (
    letter,
    b"---\n---\n",
    b"---\n",
    b"--- \t\nperiode: 2024-II\n---  \nTekst\n---\nnog een regel\n",
    b"---\r\nperiode: 2024-II\r\n---\r\n",
    b"geen voorwerk\n---\n",
    b"---\nlijst:\n  - a\n  -\n---",
):
    write("frontmatter", "variant", data)


def frame(message):
    body = json.dumps(message).encode()
    return b"Content-Length: %d\r\n\r\n" % len(body) + body


fuzz_root = "/tmp/taakboek-fuzz-lsp/repo"
for path, data in shipped:
    if not path.startswith("records/") or not path.endswith((".yaml", ".md")):
        continue
    uri = "file://" + fuzz_root + "/" + path
    text = data.decode("utf-8", "replace")
    changed = text.replace("41", "40").replace("har", "").replace("2024", "2042")
    session = frame({"jsonrpc": "2.0", "method": "initialized", "params": {}})
    session += frame({"jsonrpc": "2.0", "method": "textDocument/didOpen",
                      "params": {"textDocument": {"uri": uri, "languageId": "yaml", "version": 1, "text": text}}})
    session += frame({"jsonrpc": "2.0", "method": "textDocument/didChange",
                      "params": {"textDocument": {"uri": uri, "version": 2}, "contentChanges": [
                          {"range": {"start": {"line": 3, "character": 2}, "end": {"line": 4, "character": 1}}, "text": "9"},
                          {"text": changed}]}})
    for number, (method, params) in enumerate([
        ("textDocument/hover", {"position": {"line": 6, "character": 3}}),
        ("textDocument/completion", {"position": {"line": 2, "character": 7}}),
        ("textDocument/codeAction", {"range": {"start": {"line": 0, "character": 0}, "end": {"line": 9, "character": 0}},
                                     "context": {"diagnostics": []}}),
    ]):
        params["textDocument"] = {"uri": uri}
        session += frame({"jsonrpc": "2.0", "id": number + 1, "method": method, "params": params})
    session += frame({"jsonrpc": "2.0", "method": "textDocument/didClose", "params": {"textDocument": {"uri": uri}}})
    session += frame({"jsonrpc": "2.0", "id": 9, "method": "shutdown"}) + frame({"jsonrpc": "2.0", "method": "exit"})
    write("lsp", "session", bytes([len(path) % 64]) + session)
write("lsp", "garbage", b"\x07Content-Length: 12\r\n\r\n{\"id\": [1]}Content-Length: x\r\n\r\n{}")
