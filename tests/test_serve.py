"""``dateline serve``: the reader in a web page (textual-serve), driven by headless Chromium.

The browser test talks to Chromium over its DevTools protocol (aiohttp comes with textual-serve),
reads the reader's screen from the websocket frames the page receives (the terminal is drawn on a
canvas), presses a key, and keeps a screenshot beside the test's other output. Every host name but
127.0.0.1 is made unresolvable for the browser, so nothing leaves the machine.
"""

from __future__ import annotations

import asyncio
import base64
import json
import os
import queue
import re
import shutil
import signal
import socket
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any, ClassVar
from urllib.parse import urlsplit

import pytest

from tui.cli import main

ROOT = Path(__file__).resolve().parents[1]
ARTICLE = ROOT / "sample_articles" / "kessel1_courier_evacuation.txt"
TITLE = "Thousands Ordered to Leave Millbridge"
CHROMIUM = next((shutil.which(n) for n in ("chromium", "chromium-browser", "google-chrome")
                 if shutil.which(n)), None)
_ANSI = re.compile(r"\x1b(?:\[[0-9;?<>=]*[ -/]*[@-~]|\][^\x07\x1b]*(?:\x07|\x1b\\)|[@-Z\\-_])")


class _FakeServer:
    made: ClassVar[list[_FakeServer]] = []

    def __init__(self, command: str, **options: Any) -> None:
        self.command, self.options = command, options
        _FakeServer.made.append(self)

    def serve(self) -> None:
        pass


@pytest.fixture
def fake_server(monkeypatch: pytest.MonkeyPatch) -> type[_FakeServer]:
    server = pytest.importorskip("textual_serve.server")
    monkeypatch.setattr(server, "Server", _FakeServer)
    _FakeServer.made.clear()
    return _FakeServer


def test_serve_without_textual_serve_names_the_extra(
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setitem(sys.modules, "textual_serve", None)
    monkeypatch.setitem(sys.modules, "textual_serve.server", None)
    assert main(["serve", str(ARTICLE)]) == 1
    assert "pip install 'dateline[web]'" in capsys.readouterr().err


def test_serve_binds_to_loopback_and_warns_when_wider(
        fake_server: type[_FakeServer], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["serve", str(ARTICLE), "https://news.example/feed"]) == 0
    (local,) = fake_server.made
    assert local.options["host"] == "127.0.0.1" and local.options["port"] == 8000
    assert local.command.endswith(f"-m tui.cli {ARTICLE} https://news.example/feed")
    assert capsys.readouterr().err == ""
    assert main(["serve", "--host", "0.0.0.0", "--port", "8123", str(ARTICLE)]) == 0
    err = capsys.readouterr().err
    assert "warning: listening on 0.0.0.0" in err and "anyone who can reach this port" in err
    assert main(["serve", "--host", "::1", str(ARTICLE)]) == 0
    assert capsys.readouterr().err == ""
    assert main(["serve", "--port", "70000", str(ARTICLE)]) == 2


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
    return port


def _lines(stream: Any) -> queue.Queue[str]:
    """The lines of a child's output, as they come, without blocking the test forever."""
    lines: queue.Queue[str] = queue.Queue()

    def pump() -> None:
        for line in iter(stream.readline, b""):
            lines.put(line.decode("utf-8", "replace"))

    threading.Thread(target=pump, daemon=True).start()
    return lines


def _wait_for(lines: queue.Queue[str], needle: str, limit: float = 60) -> str:
    while True:
        line = lines.get(timeout=limit)
        if needle in line:
            return line


def _stop(proc: subprocess.Popen[bytes]) -> None:
    """End a child started in its own session, and what it started."""
    if proc.poll() is None:
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(10)


@pytest.fixture
def served(tmp_path: Path) -> Iterator[str]:
    pytest.importorskip("textual_serve")
    port = _free_port()
    env = {**os.environ, "DATELINE_CONFIG_DIR": str(tmp_path / "conf"),
           "DATELINE_DATA_DIR": str(tmp_path / "data")}
    proc = subprocess.Popen([sys.executable, "-m", "tui.cli", "serve", "--port", str(port), str(ARTICLE)],
                            cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                            start_new_session=True)
    try:
        _wait_for(_lines(proc.stdout), "Serving")
        yield f"http://127.0.0.1:{port}/"
    finally:
        _stop(proc)


@pytest.fixture
def chromium(tmp_path: Path) -> Iterator[str]:
    """Headless Chromium's DevTools address; it can resolve no host but 127.0.0.1."""
    if CHROMIUM is None:
        pytest.skip("headless Chromium is not installed (Debian: apt-get install chromium)")
    proc = subprocess.Popen(
        [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
         "--no-default-browser-check", "--disable-background-networking", "--disable-component-update",
         "--disable-sync", "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1",
         f"--user-data-dir={tmp_path / 'chrome'}",
         "--remote-debugging-address=127.0.0.1", "--remote-debugging-port=0", "--window-size=1280,800",
         "about:blank"],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True)
    try:
        line = _wait_for(_lines(proc.stderr), "DevTools listening on")
        yield line.split("ws://", 1)[1].split("/", 1)[0]
    finally:
        _stop(proc)


class _Page:
    """One Chromium tab over the DevTools protocol; ``screen`` is the terminal text received."""

    def __init__(self, ws: Any) -> None:
        self.ws = ws
        self.screen = ""
        self.requested: list[str] = []  # every URL the page asked for
        self._id = 0
        self._replies: dict[int, asyncio.Future[dict[str, Any]]] = {}
        self._changed = asyncio.Event()

    async def pump(self) -> None:
        async for msg in self.ws:
            data = json.loads(msg.data)
            if "id" in data and data["id"] in self._replies:
                self._replies.pop(data["id"]).set_result(data.get("result", {}))
            elif data.get("method") == "Network.requestWillBeSent":
                self.requested.append(data["params"]["request"]["url"])
            elif data.get("method") == "Network.webSocketCreated":
                self.requested.append(data["params"]["url"])
            elif data.get("method") == "Network.webSocketFrameReceived":
                frame = data["params"]["response"]
                raw = frame["payloadData"]
                text = base64.b64decode(raw).decode("utf-8", "replace") if frame["opcode"] == 2 else raw
                self.screen += _ANSI.sub("", text)
                self._changed.set()

    async def call(self, method: str, **params: Any) -> dict[str, Any]:
        self._id += 1
        reply: asyncio.Future[dict[str, Any]] = asyncio.get_running_loop().create_future()
        self._replies[self._id] = reply
        await self.ws.send_str(json.dumps({"id": self._id, "method": method, "params": params}))
        return await asyncio.wait_for(reply, 30)

    async def shows(self, text: str, since: int = 0, limit: float = 60) -> bool:
        async def seen() -> None:
            while text not in self.screen[since:]:
                self._changed.clear()
                await self._changed.wait()

        await asyncio.wait_for(seen(), limit)
        return True


async def _drive(devtools: str, url: str, shot: Path) -> tuple[bool, bool, set[str | None]]:
    import aiohttp

    async with aiohttp.ClientSession() as http:
        async with http.get(f"http://{devtools}/json/list") as resp:
            targets = await resp.json()
        target = next(t for t in targets if t["type"] == "page")
        async with http.ws_connect(target["webSocketDebuggerUrl"], max_msg_size=0) as ws:
            page = _Page(ws)
            pump = asyncio.create_task(page.pump())
            await page.call("Network.enable")
            await page.call("Page.enable")
            await page.call("Page.navigate", url=url)
            library = await page.shows("Library") and await page.shows(TITLE)
            before = len(page.screen)
            await page.call("Runtime.evaluate", expression="document.querySelector('textarea').focus()")
            for kind in ("keyDown", "keyUp"):
                await page.call("Input.dispatchKeyEvent", type=kind, key="s", code="KeyS", text="s",
                                windowsVirtualKeyCode=83)
            sorted_ = await page.shows("by source", since=before)
            png = await page.call("Page.captureScreenshot", format="png")
            shot.write_bytes(base64.b64decode(png["data"]))
            pump.cancel()
    hosts = {urlsplit(u).hostname for u in page.requested}
    return library, sorted_, hosts


def test_the_reader_in_a_browser_shows_the_library_and_answers_keys(
        chromium: str, served: str, tmp_path: Path) -> None:
    shot = tmp_path / "reader-in-browser.png"
    library, sorted_, hosts = asyncio.run(_drive(chromium, served, shot))
    assert hosts == {"127.0.0.1"}  # the page, its script, style, font and websocket: nothing from elsewhere
    assert library  # the library pane and the article's title reached the page
    assert sorted_  # 's' in the browser re-sorted the library (its subtitle says "by source")
    assert shot.read_bytes().startswith(b"\x89PNG") and shot.stat().st_size > 10_000
