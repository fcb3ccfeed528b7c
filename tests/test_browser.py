"""Open the rendered pages in headless Chromium and check what a user would get.

Each page is loaded from ``file://`` with a network log: no console messages, no network
requests, plotly drew one point per event, and hostile article text shows literally and
runs nothing (on the timeline page, the report page, and in plotly's hover labels).
Skipped with a reason when Debian's chromium is not installed.
"""

from __future__ import annotations

import html as html_lib
import json
import re
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

import pytest
from test_render import XSS, xss_graph

from timeline.graph import EventGraph
from timeline.render import report, write_html
from timeline.render.samples import example_graph

CHROMIUM = Path("/usr/bin/chromium")

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(
        not CHROMIUM.exists(),
        reason="needs Debian's chromium at /usr/bin/chromium (apt-get install chromium)",
    ),
]

#: Chromium's own background services, not requests made by the page
_BROWSER_HOSTS = re.compile(
    r"^https?://([a-z0-9-]+\.)*(google\.com|googleapis\.com|gstatic\.com|gvt1\.com)(/|:|$)"
)


@dataclass
class Loaded:
    dom: str
    console: list[str]
    requests: list[str]


def open_page(page: Path, *, budget_ms: int = 4000, screenshot: Path | None = None) -> Loaded:
    """Load ``page`` in headless Chromium; return the final DOM, console lines and page requests."""
    with tempfile.TemporaryDirectory() as profile:
        netlog = Path(profile) / "net.json"
        args = [
            str(CHROMIUM), "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
            f"--user-data-dir={profile}", "--enable-logging=stderr", "--v=0", f"--log-net-log={netlog}",
            "--hide-scrollbars", "--window-size=1400,900", f"--virtual-time-budget={budget_ms}",
        ]  # fmt: skip
        args += [f"--screenshot={screenshot}"] if screenshot else ["--dump-dom"]
        done = subprocess.run(
            [*args, page.resolve().as_uri()], capture_output=True, text=True, timeout=90, check=False
        )
        console = [line for line in done.stderr.splitlines() if ":CONSOLE" in line]
        urls: set[str] = set()
        if netlog.exists():
            text = netlog.read_text(encoding="utf-8", errors="replace").rstrip().rstrip(",")
            if not text.endswith("}"):
                text += "]}"
            try:
                events = json.loads(text).get("events", [])
            except json.JSONDecodeError:
                events = []
            for event in events:
                url = event.get("params", {}).get("url")
                if isinstance(url, str):
                    urls.add(url)
        requests = sorted(u for u in urls if not _BROWSER_HOSTS.match(u) and not u.startswith("file:"))
        return Loaded(done.stdout, console, requests)


class _Dom(HTMLParser):
    """Collects event points per figure, rendered SVG text, and elements a payload could create."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, str, str | None]] = []  # (tag, class, id)
        self.points: dict[str, int] = {}
        self.svg_text: list[str] = []
        self.tags: dict[str, int] = {}
        self.body_attrs: dict[str, str | None] = {}
        self.links: list[str] = []

    _VOID = frozenset({"meta", "link", "br", "img", "input", "hr", "source", "col", "area", "base", "wbr"})

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        self.tags[tag] = self.tags.get(tag, 0) + 1
        if tag == "body":
            self.body_attrs = a
        if tag == "a" and a.get("href"):
            self.links.append(a["href"] or "")
        cls = a.get("class") or ""
        if tag == "path" and "point" in cls.split():
            classes = [c for _, c, _ in self.stack]
            in_slider = any("rangeslider-container" in c for c in classes)
            trace = next((c for c in reversed(classes) if c.startswith("trace scatter trace")), "")
            figure = next((i for t, c, i in reversed(self.stack) if i and "plotly-graph-div" in c), None)
            match = re.search(r"trace(\w+?)ev\d+$", trace)
            if match and not in_slider and figure:
                self.points[figure] = self.points.get(figure, 0) + 1
        if tag not in self._VOID and not (tag == "path" or tag == "rect"):
            self.stack.append((tag, cls, a.get("id")))

    def handle_endtag(self, tag: str) -> None:
        for i in range(len(self.stack) - 1, -1, -1):
            if self.stack[i][0] == tag:
                del self.stack[i:]
                break

    def handle_data(self, data: str) -> None:
        if any(t in ("text", "tspan") for t, _, _ in self.stack[-2:]):
            self.svg_text.append(data)


def parse(dom: str) -> _Dom:
    parser = _Dom()
    parser.feed(dom)
    return parser


@pytest.fixture(scope="module")
def pages() -> Iterator[dict[str, Path]]:
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder)
        hostile, example = xss_graph(), example_graph()
        made = {
            "xss_timeline": write_html(hostile, out / "xss_timeline.html", group_by="source"),
            "xss_report": report(hostile, out / "xss_report.html", group_by="actor"),
            "example": write_html(example, out / "example.html"),
            "empty": write_html(EventGraph.from_parts([]), out / "empty.html"),
        }
        # a copy of the hostile report that hovers every event: plotly renders its hover labels into the DOM
        hover = out / "xss_hover.html"
        script = (
            "<script>window.addEventListener('load',function(){setTimeout(function(){"
            "document.querySelectorAll('.plotly-graph-div').forEach(function(d){"
            "var pts=[];d.data.forEach(function(t,i){if(/ev\\d+$/.test(t.uid||''))"
            "t.x.forEach(function(_,j){pts.push({curveNumber:i,pointNumber:j});});});"
            "Plotly.Fx.hover(d,pts.slice(0,1));var c=d.querySelector('.hoverlayer');"
            "if(c)d.setAttribute('data-hover-html',c.innerHTML);});},300);});</script>"
        )
        hover.write_text(
            made["xss_report"].read_text(encoding="utf-8").replace("</body>", script + "</body>"),
            encoding="utf-8",
        )
        made["xss_hover"] = hover
        yield made


def _assert_clean(loaded: Loaded, dom: _Dom) -> None:
    assert loaded.console == [], f"console messages: {loaded.console}"
    assert loaded.requests == [], f"network requests: {loaded.requests}"
    assert "data-pwned" not in dom.body_attrs, f"an injected payload ran: {dom.body_attrs}"
    assert dom.tags.get("img", 0) == 0, "an <img> element was created from article text"
    assert not [h for h in dom.links if h.strip().lower().startswith("javascript:")], dom.links


def test_timeline_page_draws_every_event_and_escapes(pages: dict[str, Path]) -> None:
    loaded = open_page(pages["xss_timeline"])
    dom = parse(loaded.dom)
    _assert_clean(loaded, dom)
    n = len(xss_graph().events)
    assert dom.points, "plotly drew no event points (is plotly.js inlined?)"
    assert all(count == n for count in dom.points.values()), dom.points
    assert len(dom.points) == 2  # the timeline and the graph
    assert loaded.dom.count('data-rendered="true"') == 2
    text = "".join(dom.svg_text)
    assert "label <script>document.body" in text  # shown literally (a label)
    assert "<img src=x onerror" in text  # the event label, literally
    assert "Outlet <a href=" in text  # a lane named after a hostile outlet, literally


def test_report_page_draws_every_event_and_escapes(pages: dict[str, Path]) -> None:
    loaded = open_page(pages["xss_report"])
    dom = parse(loaded.dom)
    _assert_clean(loaded, dom)
    n = len(xss_graph().events)
    assert sorted(dom.points.values()) == [n, n]
    assert dom.tags.get("script", 0) == 5  # config, plotly.js, two figures, table sorting: none injected
    visible = html_lib.unescape(re.sub(r"<[^>]+>", "", loaded.dom))
    for raw in XSS:
        assert raw in visible, f"not shown literally: {raw}"


def test_hover_labels_show_hostile_text_literally(pages: dict[str, Path]) -> None:
    loaded = open_page(pages["xss_hover"], budget_ms=5000)
    dom = parse(loaded.dom)
    _assert_clean(loaded, dom)
    hovers = re.findall(r'data-hover-html="([^"]*)"', loaded.dom)
    assert hovers and all(hovers), "the hover labels were not drawn"
    joined = html_lib.unescape(" ".join(hovers))  # the hover layer's innerHTML
    assert "Tuesday → 2024-12-03, from reference date 2024-12-02" in joined and "source:" in joined
    assert "&lt;img src=x onerror" in joined and "&lt;script&gt;" in joined  # literal text inside SVG <text>
    assert "<img" not in joined and "<script" not in joined


def test_empty_graph_page(pages: dict[str, Path]) -> None:
    loaded = open_page(pages["empty"], budget_ms=1000)
    dom = parse(loaded.dom)
    _assert_clean(loaded, dom)
    assert "There are no events" in loaded.dom and not dom.points


def test_example_page_screenshot(pages: dict[str, Path], tmp_path: Path) -> None:
    loaded = open_page(pages["example"])
    dom = parse(loaded.dom)
    _assert_clean(loaded, dom)
    assert sorted(dom.points.values()) == [10, 10]
    text = " ".join(dom.svg_text)
    for label in ("Budapest Memorandum signed", "Bucharest pledge", "Washington summit", "1995", "2025"):
        assert label in text, f"{label!r} is not drawn"
    png = tmp_path / "example.png"
    shot = open_page(pages["example"], screenshot=png)
    assert shot.console == []
    assert png.exists() and png.stat().st_size > 20_000
    keep = Path(tempfile.gettempdir()) / "timeline-render-example.png"
    shutil.copyfile(png, keep)  # for a human look
