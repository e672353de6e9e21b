"""``dateline feeds add/list/remove``: the subscriptions in the config file, other settings kept."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest
from fetch_server import Site, news_site

from tui.cli import main
from tui.config import load_config
from tui.subscriptions import Feed, feeds_of

__all__ = ["news_site"]


@pytest.fixture
def conf(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("DATELINE_CONFIG_DIR", str(tmp_path))
    path = tmp_path / "config.toml"
    path.write_text('theme = "nord"\nlast_offset = 12\nfuture_setting = "kept"\n'
                    '[[feeds]]\nname = "broken entry without url"\n', encoding="utf-8")
    return path


def test_add_list_remove(news_site: Site, conf: Path, capsys: pytest.CaptureFixture[str]) -> None:
    feed_url = news_site.url("/feed.xml")
    assert main(["feeds", "add", feed_url, "--tag", "local"]) == 0
    assert capsys.readouterr().out == f"following 'Valley Post': {feed_url}\n"
    assert main(["feeds", "add", news_site.url("/feed.xml")]) == 0  # once is enough
    assert "already following" in capsys.readouterr().out
    assert main(["feeds", "add", "http://127.0.0.1:9/other.xml", "--name", "Other", "--no-check"]) == 0
    capsys.readouterr()
    assert feeds_of(load_config())[0] == [Feed("Valley Post", feed_url, ("local",)),
                                          Feed("Other", "http://127.0.0.1:9/other.xml")]

    assert main(["feeds", "list"]) == 0
    out, err = capsys.readouterr()
    assert out.splitlines() == [f"Valley Post  {feed_url}  [local]", "Other        http://127.0.0.1:9/other.xml"]
    assert err == "dateline feeds: feed 1 in the config file has no http(s) url; ignored\n"

    assert main(["feeds", "remove", "valley post"]) == 0
    assert main(["feeds", "remove", "Valley Post"]) == 1
    assert "no feed named or at 'Valley Post'" in capsys.readouterr().err
    data = tomllib.loads(conf.read_text(encoding="utf-8"))
    assert data["theme"] == "nord" and data["last_offset"] == 12 and data["future_setting"] == "kept"
    assert data["feeds"] == [{"name": "broken entry without url"},  # not ours to drop
                             {"name": "Other", "url": "http://127.0.0.1:9/other.xml"}]


def test_a_web_page_or_a_dead_address_is_not_added(
        news_site: Site, conf: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = conf.read_bytes()
    assert main(["feeds", "add", news_site.url("/dam.html")]) == 1
    page = news_site.url("/dam.html")
    assert capsys.readouterr().err == (f"{page}: not a feed: the address serves a web page"
                                       " (not added; --no-check adds it anyway)\n")
    assert main(["feeds", "add", news_site.url("/missing")]) == 1
    assert "not found (HTTP 404 Not Found)" in capsys.readouterr().err
    assert main(["feeds", "add", "ftp://127.0.0.1/feed"]) == 2
    assert conf.read_bytes() == before


def test_a_name_in_use_is_refused(news_site: Site, conf: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["feeds", "add", "http://127.0.0.1:9/a.xml", "--name", "Valley Post", "--no-check"]) == 0
    assert main(["feeds", "add", news_site.url("/feed.xml")]) == 1
    assert "a feed named 'Valley Post' exists already" in capsys.readouterr().err


def test_dateline_alone_opens_the_feeds(conf: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import tui.feedsapp
    import tui.launch

    opened: list[object] = []
    monkeypatch.setattr(tui.feedsapp, "run_feeds", lambda feeds: opened.append(list(feeds)) or 0)
    monkeypatch.setattr(tui.launch, "launch", lambda paths, published: opened.append(paths) or 0)
    assert main([]) == 0
    assert opened == [["."]]  # no feeds yet (the one entry has no url): the current folder
    assert main(["feeds", "add", "http://127.0.0.1:9/a.xml", "--name", "A", "--no-check"]) == 0
    assert main([]) == 0
    assert opened[-1] == [Feed("A", "http://127.0.0.1:9/a.xml")]
    assert main(["sample_articles"]) == 0 and opened[-1] == ["sample_articles"]  # paths named win


def test_a_home_page_that_names_its_feed_adds_the_feed(
        news_site: Site, conf: Path, capsys: pytest.CaptureFixture[str]) -> None:
    home, feed_url = news_site.url("/home.html"), news_site.url("/feed.xml")
    assert main(["feeds", "add", home]) == 0
    assert capsys.readouterr().out.splitlines() == [
        f"{home} is a web page; following the feed it names: {feed_url}",
        f"following 'Valley Post': {feed_url}"]
    assert feeds_of(load_config())[0] == [Feed("Valley Post", feed_url)]
    assert main(["feeds", "add", home]) == 0  # the page again: the feed is followed already
    assert capsys.readouterr().out.splitlines()[-1] == f"already following {feed_url} as 'Valley Post'"


def test_feeds_commands_do_not_import_textual(conf: Path) -> None:
    import subprocess
    import sys

    probe = ("import io, contextlib, sys\nfrom tui.cli import main\n"
             "with contextlib.redirect_stdout(io.StringIO()):\n    main(['feeds', 'list'])\n"
             "print('\\n'.join(sys.modules))")
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    mods = set(out.stdout.split())
    assert "tui.cli.feeds" in mods and "textual" not in mods
