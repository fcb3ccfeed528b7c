"""Fast unit tests of timeline.render and the render/report CLI (no browser)."""

from __future__ import annotations

import datetime as dt
import os
import re
import sys
from pathlib import Path

import plotly.graph_objects as go
import pytest

from timeline.cli import main
from timeline.graph import EventGraph
from timeline.model import (
    Anchor,
    AnchorKind,
    Corpus,
    Document,
    Event,
    EventMention,
    Granularity,
    Interval,
    Relation,
    TimeMention,
    TimexType,
)
from timeline.render import (
    ImageExportError,
    OutputError,
    graph_figure,
    report,
    report_html,
    timeline_figure,
    to_html,
    write_html,
    write_image,
)
from timeline.render._text import date_text, hover_text, plotly_escape, shown_interval
from timeline.render.samples import example_graph, synthetic_graph

XSS_SCRIPT = "<script>document.body.setAttribute('data-pwned','script')</script>"
XSS_IMG = "<img src=x onerror=\"document.body.setAttribute('data-pwned','img')\">"
XSS_LINK = "<a href=\"javascript:document.body.setAttribute('data-pwned','link')\">click</a>"
XSS = (XSS_SCRIPT, XSS_IMG, XSS_LINK)


def xss_graph() -> EventGraph:
    """A small graph whose titles, outlets, texts, sentences, labels and actors are hostile."""
    docs = Corpus(
        (
            Document("d1", f"Body {XSS_SCRIPT} text.", dt.date(2024, 12, 2), title=f"Title {XSS_IMG}", source=f"Outlet {XSS_LINK}",
                     url="javascript:alert(1)"),
            Document("d2", f"Second {XSS_IMG}", dt.date(2024, 12, 3), title=XSS_SCRIPT, source="Reuters & <b>Co</b>",
                     url="https://example.org/a?b=1&c=2"),
        )
    )  # fmt: skip
    tm = TimeMention(0, 7, "Tuesday", TimexType.DATE, "2024-12-03", interval=Interval.from_iso("2024-12-03", "2024-12-04"),
                     granularity=Granularity.DAY, anchor=Anchor(AnchorKind.REFERENCE_DATE, "2024-12-02"), rule="weekday", doc_id="d1")  # fmt: skip
    events = [
        Event("x1", f"label {XSS_SCRIPT}", (EventMention("d1", 0, 5, "meets", sentence=f"They met {XSS_IMG}.", time=tm),
                                            EventMention("d2", 0, 5, "meets", sentence=f"Said {XSS_LINK}")),
              interval=tm.interval, value="2024-12-03", granularity=Granularity.DAY, actors=(f"actor {XSS_IMG}",)),
        Event("x2", f"hypothetical {XSS_LINK}", (EventMention("d2", 0, 5, "offer", sentence=XSS_SCRIPT, modality="would"),),
              interval=Interval.from_iso("2024-01-01", "2025-01-01"), value="2024", granularity=Granularity.YEAR,
              modality="would", actors=("NATO",)),
        Event("x3", XSS_IMG, (EventMention("d1", 0, 5, "vote", sentence="Plain."),),
              interval=Interval.from_iso("1994-12-05", "1994-12-06"), value="1994-12-05", granularity=Granularity.DAY,
              polarity="NEG"),
    ]  # fmt: skip
    relations = [
        Relation("x3", "x1", "sequence", "BEFORE"),
        Relation("x1", "x2", "causal", "CAUSES", cue=XSS_SCRIPT),
    ]
    unresolved = [TimeMention(3, 9, XSS_SCRIPT, TimexType.DATE, None, rule="r", doc_id="d1", reason=XSS_IMG)]
    return EventGraph.from_parts(events, relations, corpus=docs, unresolved=unresolved)


def _figure_strings(fig: go.Figure) -> list[str]:
    """Every string plotly will render as label markup: texts, hovertexts, names, annotations, ticks."""
    out: list[str] = []
    for trace in fig.data:
        for attr in ("text", "hovertext", "name"):
            value = getattr(trace, attr, None)
            if isinstance(value, str):
                out.append(value)
            elif value is not None:
                out.extend(v for v in value if isinstance(v, str))
    out.extend(a.text for a in fig.layout.annotations if a.text)
    out.extend(fig.layout.yaxis.ticktext or ())
    if fig.layout.title.text:
        out.append(fig.layout.title.text)
    return out


def _event_points(fig: go.Figure, prefix: str) -> int:
    return sum(len(t.x) for t in fig.data if t.uid and re.fullmatch(rf"{prefix}ev\d+", t.uid))


# ---------------------------------------------------------------- figures


def test_timeline_one_marker_per_dated_event() -> None:
    g = example_graph()
    fig = timeline_figure(g)
    assert isinstance(fig, go.Figure)
    assert _event_points(fig, "tl") == len(g.events)
    ids = [i for t in fig.data if t.uid and t.uid.startswith("tlev") for i in t.customdata]
    assert sorted(ids) == sorted(e.id for e in g.events)


@pytest.mark.parametrize("group_by", ["actor", "source", "kind", None])
def test_group_by_lanes(group_by: str | None) -> None:
    g = example_graph()
    fig = timeline_figure(g, group_by=group_by)  # type: ignore[arg-type]
    lanes = list(fig.layout.yaxis.ticktext)
    assert _event_points(fig, "tl") == len(g.events)
    if group_by is None:
        assert lanes == ["events"]
    elif group_by == "actor":
        assert "NATO" in lanes and "Ukraine" in lanes
    elif group_by == "source":
        assert "unknown outlet" in lanes and any(lane.startswith("London Daily") for lane in lanes)


def test_unknown_group_by_lists_valid_ones() -> None:
    with pytest.raises(
        ValueError, match=r"unknown group_by 'outlet'; valid values are 'actor', 'source', 'kind', None"
    ):
        timeline_figure(example_graph(), group_by="outlet")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="valid values"):
        to_html(example_graph(), group_by="x")  # type: ignore[arg-type]


def test_uncertainty_bands_bars_and_hollow_markers() -> None:
    g = example_graph()
    fig = timeline_figure(g, group_by=None)
    band = next(t for t in fig.data if t.uid == "tlband0")
    bar = next(t for t in fig.data if t.uid == "tlbar0")
    # the year-level "next year" covers 2025; "end of November" its last third
    assert "2025-01-01 00:00:00" in band.x and "2026-01-01 00:00:00" in band.x
    assert "2024-11-21 00:00:00" in band.x and "2024-12-01 00:00:00" in band.x
    # the three-day Washington summit is a solid bar
    assert "2024-07-09 00:00:00" in bar.x and "2024-07-12 00:00:00" in bar.x
    markers = next(t for t in fig.data if t.uid == "tlev0")
    symbols = dict(zip(markers.customdata, markers.marker.symbol, strict=True))
    assert symbols["e08"] == "circle-open"  # negated
    assert symbols["e10"] == "diamond-open"  # hypothetical and approximate (a year)
    assert symbols["e06"] == "circle"
    labels = [a.text for a in fig.layout.annotations]
    assert any(text.startswith("~") for text in labels)
    assert any(text.startswith("<i>") for text in labels)  # non-factual labels in italics


def test_hover_explains_resolution_and_sources() -> None:
    g = example_graph()
    text = hover_text(g.event("e08"), {d.id: d for d in g.corpus})
    assert "Tuesday → 2024-12-03, from reference date 2024-12-02 (rule weekday)" in text
    assert text.count("<b>source:</b>") == 3
    assert "Reuters" in text and "unlikely to heed" in text
    assert "status: <i>negated</i>" in text


def test_date_text_and_narrowing() -> None:
    ev = Event(
        "e",
        "x",
        interval=Interval.from_iso("2024-01-01", "2025-01-01"),
        value="2024",
        granularity=Granularity.YEAR,
        mod="START",
    )
    assert shown_interval(ev) == Interval(dt.datetime(2024, 1, 1), dt.datetime(2024, 5, 2))
    already = Event(
        "e",
        "x",
        interval=Interval.from_iso("2024-11-21", "2024-12-01"),
        value="2024-11",
        granularity=Granularity.MONTH,
        mod="END",
    )
    assert shown_interval(already) == already.interval  # never narrowed twice
    assert (
        date_text(Event("e", "x", interval=Interval.day(dt.date(1994, 12, 5)), value="1994-12-05"))
        == "1994-12-05"
    )


def test_labels_do_not_collide() -> None:
    """Within a lane, label boxes (estimated at the initial zoom) on the same row do not overlap."""
    g = synthetic_graph(300, seed=3, docs=10)
    fig = timeline_figure(g, group_by="actor")
    assert _event_points(fig, "tl") == 300
    labels = [a for a in fig.layout.annotations if a.xref == "x"]
    assert labels, "some labels are shown"
    assert not isinstance(fig.data[0], go.Scattergl)


def test_many_events_use_webgl() -> None:
    g = synthetic_graph(1500, seed=2, docs=20)
    fig = timeline_figure(g, group_by=None)
    assert any(isinstance(t, go.Scattergl) for t in fig.data)
    assert _event_points(fig, "tl") == 1500
    assert not [a for a in fig.layout.annotations if a.xref == "x"]  # labels left to the hover


def test_every_untrusted_string_is_escaped_in_figures() -> None:
    g = xss_graph()
    for group_by in ("actor", "source"):
        for fig in (timeline_figure(g, group_by=group_by), graph_figure(g, group_by=group_by)):  # type: ignore[arg-type]
            for text in _figure_strings(fig):
                stripped = re.sub(r"</?(b|i|br)>", "", text)
                assert "<" not in stripped and ">" not in stripped, text
                assert "&lt;script&gt;" in "".join(_figure_strings(fig))
    assert plotly_escape("a & <b>") == "a &amp; &lt;b&gt;"


def test_graph_figure_edges() -> None:
    g = example_graph()
    fig = graph_figure(g)
    uids = {t.uid for t in fig.data}
    assert {"grseq", "grcausal", "grcausalline"} <= uids
    causal = next(t for t in fig.data if t.uid == "grcausal")
    assert causal.marker.symbol == "arrow" and causal.marker.angleref == "previous"
    assert any("cue: “calling for”" in text for text in causal.hovertext)
    assert _event_points(fig, "gr") == len(g.events)
    with pytest.raises(TypeError):
        graph_figure([])  # type: ignore[arg-type]


def test_undated_events_are_counted_not_drawn() -> None:
    g = EventGraph.from_parts(
        [Event("a", "dated", interval=Interval.day(dt.date(2024, 1, 1))), Event("b", "undated")]
    )
    fig = timeline_figure(g)
    assert _event_points(fig, "tl") == 1
    assert "1 undated event" in fig.layout.title.subtitle.text
    only_undated = timeline_figure([Event("b", "undated")])
    assert "no dated events" in only_undated.layout.annotations[0].text


def test_plain_event_list_and_bad_items() -> None:
    fig = timeline_figure(list(example_graph().events), corpus=example_graph().corpus)
    assert _event_points(fig, "tl") == 10
    with pytest.raises(TypeError, match="item 0 is a str"):
        timeline_figure(["not an event"])  # type: ignore[list-item]


# ---------------------------------------------------------------- HTML


def test_html_is_deterministic_and_has_fixed_ids(tmp_path: Path) -> None:
    a = write_html(example_graph(), tmp_path / "a.html").read_bytes()
    b = write_html(example_graph(), tmp_path / "b.html").read_bytes()
    assert a == b
    assert b"plotly.js v" in a or b"plotly.js" in a
    ids = re.findall(rb'class="plotly-graph-div"', a)
    assert len(ids) == 2
    assert not re.search(
        rb"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", a
    )  # no random uuids
    r1 = report(example_graph(), tmp_path / "r1.html").read_bytes()
    r2 = report(example_graph(), tmp_path / "r2.html").read_bytes()
    assert r1 == r2


def test_fragment_for_embedding() -> None:
    frag = to_html(example_graph(), include_plotlyjs=False, div_id="demo")
    assert frag.startswith('<div class="tl-render" id="demo">')
    assert "<html" not in frag and 'id="demo-timeline"' in frag and 'id="demo-graph"' in frag
    cdn = to_html(example_graph(), include_plotlyjs="cdn", figures=["timeline"])
    assert "https://cdn.plot.ly/plotly-" in cdn and 'integrity="sha256-' in cdn
    with pytest.raises(ValueError, match="unknown figure"):
        to_html(example_graph(), figures=["pie"])
    with pytest.raises(ValueError, match="include_plotlyjs"):
        to_html(example_graph(), include_plotlyjs="sometimes")


def test_offline_page_has_no_external_assets(tmp_path: Path) -> None:
    page = write_html(example_graph(), tmp_path / "t.html").read_text(encoding="utf-8")
    assert "Content-Security-Policy" in page
    head = page[: page.index("<script>", page.index("PlotlyConfig") + 20)]
    assert not re.search(r"""(src|href)=["']?https?:""", head)
    assert page.count("<script") == 4  # config, plotly.js, two figures
    assert write_html(example_graph(), tmp_path / "t2.html", include_plotlyjs="directory")
    assert (tmp_path / "plotly.min.js").stat().st_size > 1_000_000


def test_empty_graph_says_so(tmp_path: Path) -> None:
    empty = EventGraph.from_parts([])
    page = write_html(empty, tmp_path / "e.html").read_text()
    assert "There are no events" in page and "Plotly.newPlot" not in page
    rep = report(empty, tmp_path / "r.html").read_text()
    assert "There are no events" in rep and "Plotly.newPlot" not in rep
    fig = timeline_figure(empty)
    assert fig.layout.annotations[0].text == "There are no events to show."
    assert "There are no events" in graph_figure(empty).layout.annotations[0].text


def test_report_contents_and_escaping() -> None:
    g = xss_graph()
    page = report_html(g, include_plotlyjs=False)
    body = page[page.index("<body>") :]
    # untrusted strings appear escaped, never as markup
    for raw in XSS:
        assert raw not in body
    assert (
        "&lt;script&gt;document.body.setAttribute(&#x27;data-pwned&#x27;,&#x27;script&#x27;)&lt;/script&gt;"
        in body
    )
    assert "&lt;img src=x onerror=" in body
    assert 'href="javascript:' not in body
    assert '<a href="https://example.org/a?b=1&amp;c=2"' in body
    assert body.count('<table class="tl-sortable"') == 3  # events, unresolved, articles
    assert "Tuesday → 2024-12-03, from reference date 2024-12-02 (rule weekday)" in body
    assert "hypothetical (would)" in body and "negated" in body
    assert "aria-sort" in page  # the sorting script


def test_html_escaping_in_page_and_title() -> None:
    page = to_html(xss_graph(), full_html=True, include_plotlyjs=False, title=XSS_SCRIPT)
    assert f"<title>{XSS_SCRIPT}" not in page and "<title>&lt;script&gt;" in page
    assert XSS_SCRIPT not in page and XSS_IMG not in page and XSS_LINK not in page


# ---------------------------------------------------------------- output errors


def test_unwritable_path_is_clear_and_leaves_nothing(tmp_path: Path) -> None:
    with pytest.raises(OutputError, match=r"folder .* does not exist"):
        write_html(example_graph(), tmp_path / "missing" / "t.html")
    with pytest.raises(OutputError, match="it is a folder"):
        report(example_graph(), tmp_path)
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        if os.access(locked, os.W_OK):  # root ignores permissions: make the final rename fail instead
            import timeline.render._io as io_mod

            original = io_mod.os.replace

            def failing(*args: object) -> None:
                raise PermissionError(13, "Permission denied")

            io_mod.os.replace = failing  # type: ignore[assignment]
            try:
                with pytest.raises(OutputError, match="permission denied"):
                    write_html(example_graph(), locked / "t.html")
            finally:
                io_mod.os.replace = original
        else:
            with pytest.raises(OutputError, match="permission denied"):
                write_html(example_graph(), locked / "t.html")
        assert list(locked.iterdir()) == []
    finally:
        locked.chmod(0o700)


def test_existing_file_is_replaced_whole(tmp_path: Path) -> None:
    target = tmp_path / "t.html"
    target.write_text("old")
    write_html(EventGraph.from_parts([]), target)
    assert "There are no events" in target.read_text()
    assert [p.name for p in tmp_path.iterdir()] == ["t.html"]
    assert oct(target.stat().st_mode & 0o777) != "0o600"


# ---------------------------------------------------------------- images


def test_image_without_kaleido_says_what_is_missing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "kaleido", None)  # import kaleido -> ImportError
    with pytest.raises(ImageExportError, match=r"need the optional .kaleido. package.*pip install"):
        write_image(example_graph(), tmp_path / "t.png")
    assert not (tmp_path / "t.png").exists()
    with pytest.raises(ValueError, match="unknown image format 'bmp'"):
        write_image(example_graph(), tmp_path / "t.bmp")


# ---------------------------------------------------------------- CLI


def test_cli_help_has_examples(capsys: pytest.CaptureFixture[str]) -> None:
    for command in ("render", "report"):
        with pytest.raises(SystemExit):
            main([command, "--help"])
        out = capsys.readouterr().out
        assert f"examples:\n  timeline {command}" in out


def test_cli_render_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["render", str(tmp_path / "nope.json"), "-o", str(tmp_path / "out.html")]) == 1
    assert "no such file" in capsys.readouterr().err
    graph_json = tmp_path / "g.json"
    graph_json.write_text("{}")
    assert main(["render", str(graph_json), "-o", str(tmp_path / "missing" / "out.html")]) == 1
    assert "does not exist" in capsys.readouterr().err
    assert main(["render", str(graph_json), "-o", str(tmp_path / "o.html"), "--group-by", "colour"]) == 1
    assert list(tmp_path.iterdir()) == [graph_json]


def test_cli_render_graph_json(tmp_path: Path) -> None:
    if not hasattr(EventGraph, "read_json") or not hasattr(EventGraph, "write_json"):
        pytest.skip("EventGraph.read_json/write_json are not written yet (graph owner)")
    source = tmp_path / "g.json"
    example_graph().write_json(source)
    out = tmp_path / "out.html"
    assert main(["-q", "render", str(source), "-o", str(out)]) == 0
    assert out.read_bytes() == write_html(example_graph(), tmp_path / "direct.html").read_bytes()


def test_cli_report_from_manifest(tmp_path: Path) -> None:
    pytest.importorskip("timeline.pipeline", reason="timeline.pipeline.build is not written yet")
    repo = Path(__file__).resolve().parents[1] / "examples" / "data" / "nato_ukraine"
    out = tmp_path / "report.html"
    code = main(
        [
            "-q",
            "report",
            "--manifest",
            str(repo / "manifest.csv"),
            "--gazetteer",
            str(repo / "gazetteer.json"),
            "-o",
            str(out),
        ]
    )
    assert code == 0
    assert "Timeline report" in out.read_text(encoding="utf-8")


def test_cli_report_needs_a_source(tmp_path: Path) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["report", "-o", str(tmp_path / "r.html")])
    assert exc.value.code == 2


@pytest.mark.parametrize(
    "text",
    [
        "Rome expanded in the first century, historians said.",
        "Rome expanded in the first century and robots will rule in the 9990s, he said.",
    ],
)
def test_dates_at_the_edges_of_the_calendar_are_drawn(text: str) -> None:
    from timeline.pipeline import build

    g = build(Corpus.from_texts([text], reference_dates=["2024-01-01"]))
    fig = timeline_figure(g)
    low, high = fig.layout.xaxis.range
    assert low.startswith("0001-01-01")
    assert low < high
    assert "tl-render" in to_html(g)
