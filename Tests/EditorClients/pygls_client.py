#!/usr/bin/env python3
"""A Python LSP client (pygls 2.x with lsprotocol, from PyPI) against `taakboek lsp`.

Usage: pygls_client.py TAAKBOEK_BINARY REPOSITORY_COPY

On the repository copy (a folder with records/ and schemas/, nothing on disk is changed):
1. opens records/tynaarlo/perioden/2024-II.yaml with `gehuisvest: 40` and waits for its
   diagnostics (TB201 on line 7 is expected);
2. asks for code actions on line 7, applies the one whose title starts with
   "Zet gehuisvest op 41" to the text and sends that edit as a didChange;
3. waits for the diagnostics of that version: no errors are expected;
4. asks for hover on the `gehuisvest` key;
5. opens records/tynaarlo/plaatsingen/2024-II/vredestein.yaml with `soort: ` and asks for
   completion after it: `har` and `regulier` are expected among the items.

Prints a JSON summary on stdout; exits 0 when every expectation held, 1 when one did not, 2 on a
usage error, 3 on a timeout.
"""

import asyncio
import json
import sys
from pathlib import Path

from lsprotocol import types
from pygls.lsp.client import LanguageClient

TIMEOUT = 20.0
PERIOD = "records/tynaarlo/perioden/2024-II.yaml"
PLACEMENT = "records/tynaarlo/plaatsingen/2024-II/vredestein.yaml"


class Failure(Exception):
    pass


def offset(text: str, position: types.Position) -> int:
    """The index in `text` of an LSP position (UTF-16 code units within the line)."""
    lines = text.split("\n")
    start = sum(len(line) + 1 for line in lines[: position.line])
    line = lines[position.line] if position.line < len(lines) else ""
    units = 0
    for index, char in enumerate(line):
        if units >= position.character:
            return start + index
        units += 2 if ord(char) > 0xFFFF else 1
    return start + len(line)


def apply_edits(text: str, edits: list[types.TextEdit]) -> str:
    """Applies text edits, last in the text first, as an editor does."""
    ordered = sorted(edits, key=lambda e: (e.range.start.line, e.range.start.character), reverse=True)
    for edit in ordered:
        text = text[: offset(text, edit.range.start)] + edit.new_text + text[offset(text, edit.range.end) :]
    return text


def diagnostic_json(d: types.Diagnostic) -> dict:
    return {
        "line": d.range.start.line,
        "code": d.code,
        "severity": int(d.severity) if d.severity is not None else None,
        "message": d.message,
    }


async def run(binary: str, root: Path) -> dict:
    client = LanguageClient("taakboek-pygls-test", "1")
    diagnostics: dict[str, list[types.PublishDiagnosticsParams]] = {}
    arrived = asyncio.Event()

    @client.feature(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
    def on_diagnostics(params: types.PublishDiagnosticsParams):
        diagnostics.setdefault(params.uri, []).append(params)
        arrived.set()

    async def published(uri: str, version: int, what: str) -> list[types.Diagnostic]:
        """The diagnostics published for `uri` at `version`, waited for."""
        async def wait():
            while True:
                for params in reversed(diagnostics.get(uri, [])):
                    if params.version == version:
                        return params.diagnostics
                arrived.clear()
                await arrived.wait()

        try:
            return await asyncio.wait_for(wait(), TIMEOUT)
        except asyncio.TimeoutError:
            raise TimeoutError(f"no diagnostics for {what} (version {version}) within {TIMEOUT} s")

    await client.start_io(binary, "lsp")
    server = client._server  # the subprocess; its stderr is drained so the pipe never fills
    stderr: list[str] = []

    async def drain():
        while server.stderr is not None:
            line = await server.stderr.readline()
            if not line:
                return
            stderr.append(line.decode(errors="replace"))

    drainer = asyncio.create_task(drain())
    summary: dict = {"pygls": None, "checks": {}}
    try:
        import importlib.metadata

        summary["pygls"] = importlib.metadata.version("pygls")
        summary["lsprotocol"] = importlib.metadata.version("lsprotocol")
        result = await asyncio.wait_for(
            client.initialize_async(
                types.InitializeParams(
                    process_id=None,
                    root_uri=root.as_uri(),
                    capabilities=types.ClientCapabilities(),
                    initialization_options={"taal": "nl"},
                )
            ),
            TIMEOUT,
        )
        summary["server"] = {"name": result.server_info.name, "version": result.server_info.version}
        client.initialized(types.InitializedParams())

        # 1. The period with the wrong gehuisvest.
        period_uri = (root / PERIOD).as_uri()
        text = (root / PERIOD).read_text(encoding="utf-8")
        if "gehuisvest: 41\n" not in text:
            raise Failure(f"{PERIOD} has no line `gehuisvest: 41`")
        text = text.replace("gehuisvest: 41\n", "gehuisvest: 40\n")
        client.text_document_did_open(
            types.DidOpenTextDocumentParams(
                types.TextDocumentItem(uri=period_uri, language_id="yaml", version=1, text=text)
            )
        )
        first = await published(period_uri, 1, "the opened period")
        summary["opened"] = [diagnostic_json(d) for d in first]
        tb201 = [d for d in first if d.code == "TB201" and d.range.start.line == 7]
        summary["checks"]["TB201 on line 7 after opening"] = bool(tb201) and all(
            d.severity == types.DiagnosticSeverity.Error for d in tb201
        )

        # 2. Code actions on line 7; apply "Zet gehuisvest op 41…".
        line7 = text.split("\n")[7]
        actions = await asyncio.wait_for(
            client.text_document_code_action_async(
                types.CodeActionParams(
                    text_document=types.TextDocumentIdentifier(uri=period_uri),
                    range=types.Range(types.Position(7, 0), types.Position(7, len(line7))),
                    context=types.CodeActionContext(diagnostics=tb201),
                )
            ),
            TIMEOUT,
        )
        titles = [a.title for a in actions or []]
        summary["code actions"] = titles
        chosen = next(
            (a for a in actions or [] if isinstance(a, types.CodeAction) and a.title.startswith("Zet gehuisvest op 41")),
            None,
        )
        summary["checks"]["an action 'Zet gehuisvest op 41'"] = chosen is not None
        if chosen is None:
            raise Failure(f"no code action titled 'Zet gehuisvest op 41…' among {titles}")
        if chosen.edit is None or not chosen.edit.changes or period_uri not in chosen.edit.changes:
            raise Failure(f"the action {chosen.title!r} has no edit of {PERIOD}: {chosen.edit}")
        edits = chosen.edit.changes[period_uri]
        fixed = apply_edits(text, edits)
        summary["checks"]["the edit restores gehuisvest: 41"] = "gehuisvest: 41\n" in fixed
        client.text_document_did_change(
            types.DidChangeTextDocumentParams(
                text_document=types.VersionedTextDocumentIdentifier(uri=period_uri, version=2),
                content_changes=[
                    types.TextDocumentContentChangePartial(range=e.range, text=e.new_text)
                    for e in sorted(
                        edits, key=lambda e: (e.range.start.line, e.range.start.character), reverse=True
                    )
                ],
            )
        )

        # 3. No errors any more.
        second = await published(period_uri, 2, "the period after the code action")
        summary["after the code action"] = [diagnostic_json(d) for d in second]
        summary["checks"]["no errors after the code action"] = not any(
            d.severity == types.DiagnosticSeverity.Error for d in second
        )

        # 4. Hover on the gehuisvest key (line 6, inside the key).
        hover = await asyncio.wait_for(
            client.text_document_hover_async(
                types.HoverParams(
                    text_document=types.TextDocumentIdentifier(uri=period_uri), position=types.Position(6, 3)
                )
            ),
            TIMEOUT,
        )
        value = None
        if hover is not None:
            contents = hover.contents
            value = contents.value if isinstance(contents, types.MarkupContent) else str(contents)
        summary["hover"] = value
        summary["checks"]["hover on gehuisvest"] = bool(value) and "gehuisvest" in value.lower()

        # 5. Completion after `soort: ` in the placement.
        placement_uri = (root / PLACEMENT).as_uri()
        placement = (root / PLACEMENT).read_text(encoding="utf-8")
        lines = placement.split("\n")
        soort = next((i for i, line in enumerate(lines) if line.startswith("soort:")), None)
        if soort is None:
            raise Failure(f"{PLACEMENT} has no `soort:` line")
        lines[soort] = "soort: "
        client.text_document_did_open(
            types.DidOpenTextDocumentParams(
                types.TextDocumentItem(uri=placement_uri, language_id="yaml", version=1, text="\n".join(lines))
            )
        )
        completion = await asyncio.wait_for(
            client.text_document_completion_async(
                types.CompletionParams(
                    text_document=types.TextDocumentIdentifier(uri=placement_uri),
                    position=types.Position(soort, len("soort: ")),
                )
            ),
            TIMEOUT,
        )
        items = completion.items if isinstance(completion, types.CompletionList) else (completion or [])
        labels = [item.label for item in items]
        summary["completion after soort"] = labels
        summary["checks"]["completion offers har and regulier"] = "har" in labels and "regulier" in labels

        await asyncio.wait_for(client.shutdown_async(None), TIMEOUT)
        client.exit(None)
        await asyncio.wait_for(server.wait(), TIMEOUT)
        summary["server exit status"] = server.returncode
    finally:
        if server.returncode is None:
            server.kill()
            await server.wait()
        await drainer
        await client.stop()
        summary["server stderr"] = "".join(stderr)[-4000:]
    return summary


def main() -> int:
    if len(sys.argv) != 3:
        print("usage: pygls_client.py TAAKBOEK_BINARY REPOSITORY_COPY", file=sys.stderr)
        return 2
    binary, root = sys.argv[1], Path(sys.argv[2]).resolve()
    try:
        summary = asyncio.run(run(binary, root))
    except TimeoutError as error:
        print(json.dumps({"ok": False, "error": f"timeout: {error}"}, ensure_ascii=False, indent=2))
        return 3
    except Failure as error:
        print(json.dumps({"ok": False, "error": str(error)}, ensure_ascii=False, indent=2))
        return 1
    summary["ok"] = all(summary["checks"].values()) and summary.get("server exit status") == 0
    print(json.dumps(summary, ensure_ascii=False, indent=2))
    return 0 if summary["ok"] else 1


if __name__ == "__main__":
    sys.exit(main())
