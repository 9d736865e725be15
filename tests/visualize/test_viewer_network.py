"""The viewer on an actor network, driven in headless Chromium at 1400×900: labels by degree
rank, search zooming to its matches, the actor filter's fresh layout, who -> whom on a click,
and the timeline. The same checks run on the Nicaragua volume when KG_VOLUME_STORE names a
store built from it (``kg build frus1894Nicaragua.xml``); their screenshots go to tests/screenshots/."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from kg import export, project
from kg.store import open_store

from ..conftest import SCREENSHOTS
from .test_network import BAKER, GRESHAM, store  # noqa: F401 (the fixture store)

VIEWPORT = {"width": 1400, "height": 900}


@pytest.fixture
def wide_page(browser):
    context = browser.new_context(viewport=VIEWPORT)
    page = context.new_page()
    page.console_errors = []
    page.on("pageerror", lambda exc: page.console_errors.append(str(exc)))
    yield page
    context.close()


def open_viewer(page, path: Path) -> None:
    page.goto(path.as_uri())
    page.wait_for_function("window.kgViewer && window.kgViewer.ready", timeout=60_000)
    page.wait_for_timeout(300)  # the labels are placed once the first frame is drawn


def in_view(page, selector: str) -> bool:
    """Whether the bounding box of the nodes ``selector`` lies inside the visible extent."""
    return page.evaluate("""sel => { const b = cy.nodes(sel).boundingBox(), e = cy.extent();
        return b.x1 >= e.x1 - 1 && b.x2 <= e.x2 + 1 && b.y1 >= e.y1 - 1 && b.y2 <= e.y2 + 1; }""", selector)


#: A point of an element to click: a node's centre; for an edge, the first point along its curve
#: (quadratic Bézier through its control point) that no node covers.
CLICK_POINT = """id => { const e = cy.getElementById(id);
  if (e.isNode()) return e.renderedPosition();
  const a = e.sourceEndpoint(), b = e.targetEndpoint(), c = (e.controlPoints() || [e.midpoint()])[0];
  const z = cy.zoom(), pan = cy.pan();
  for (const t of [0.5, 0.4, 0.6, 0.3, 0.7, 0.25, 0.75, 0.2, 0.8]) {
    const x = (1 - t) ** 2 * a.x + 2 * (1 - t) * t * c.x + t * t * b.x;
    const y = (1 - t) ** 2 * a.y + 2 * (1 - t) * t * c.y + t * t * b.y;
    const covered = cy.nodes(':visible').some(n => { const bb = n.boundingBox({ includeLabels: false });
      return x >= bb.x1 - 2 && x <= bb.x2 + 2 && y >= bb.y1 - 2 && y <= bb.y2 + 2; });
    if (!covered) return { x: x * z + pan.x, y: y * z + pan.y };
  }
  return e.renderedMidpoint(); }"""


def click_element(page, element_id: str) -> None:
    box = page.locator("#cy").bounding_box()
    pos = page.evaluate(CLICK_POINT, element_id)
    page.mouse.click(box["x"] + pos["x"], box["y"] + pos["y"])


def shoot(page, name: str) -> None:
    page.wait_for_timeout(1500)  # the labels are placed again after a move, on a busy machine
    page.screenshot(path=str(SCREENSHOTS / f"{name}.png"))


def instructed_edge(page, source: str, target: str) -> str:
    return page.evaluate("""([s, t]) => cy.edges('[relation = "instructed"]')
        .filter(e => e.source().id() === s && e.target().id() === t)[0].id()""", [source, target])


def check_labels_and_sizes(page, main_actor: str) -> None:
    labelled = page.evaluate("kgViewer.labelled")
    assert main_actor in labelled
    sizes = page.evaluate("cy.nodes('[kind = \"actor\"]').map(n => [n.degree(), n.width()])")
    most, least = max(sizes), min(sizes)
    assert most[1] > least[1]  # the most connected actor is drawn larger


def check_search_zooms(page, text: str, expected: list[str]) -> float:
    """Enter in the search box centres the view on the matches, all in view; the zoom before."""
    zoom = page.evaluate("cy.zoom()")
    page.fill("#search", text)
    page.press("#search", "Enter")
    assert sorted(page.evaluate("cy.nodes('.match').map(n => n.data('label'))")) == sorted(expected)
    assert in_view(page, ".match")
    off = page.evaluate("""() => { const b = cy.nodes('.match').renderedBoundingBox({ includeLabels: false });
        return [((b.x1 + b.x2) / 2 - cy.width() / 2) / cy.width(),
                ((b.y1 + b.y2) / 2 - cy.height() / 2) / cy.height()]; }""")
    assert abs(off[0]) < 0.1 and abs(off[1]) < 0.1  # the view moved to the matches (their labels below)
    return zoom


def check_actor_filter(page, source, name: str) -> None:
    before = page.evaluate("cy.nodes().map(n => [n.id(), n.position()])")
    page.fill("#actor", name)
    page.dispatch_event("#actor", "change")
    shown = page.evaluate("cy.nodes().not('.hidden').map(n => n.id())")
    assert sorted(shown) == sorted(project(source, view="actors", actors=[name]))
    moved = page.evaluate("cy.nodes().not('.hidden').map(n => [n.id(), n.position()])")
    old = dict(before)
    assert any(old[n] != pos for n, pos in moved)  # laid out afresh
    assert in_view(page, ":visible")


def check_timeline_plays_in_date_order(page, play: bool = True) -> None:
    steps = page.evaluate("+document.getElementById('timeline').max")
    shown = []
    for step in range(steps + 1):
        page.evaluate("""i => { const t = document.getElementById('timeline'); t.value = String(i);
            t.dispatchEvent(new Event('input')); }""", step)
        dates = page.evaluate("cy.nodes('[kind = \"document\"]').not('.hidden')"
                              ".map(n => n.data('date') || '')")
        until = page.evaluate("kgViewer.timelineDate()")
        late_edges = page.evaluate("""d => cy.edges('[date]').not('.hidden')
            .filter(e => d && e.data('date').slice(0, 10) > d).length""", until)
        shown.append(sorted(dates))
        assert late_edges == 0 and all(d[:10] <= (until or "9999") for d in dates)
    dated = shown[:-1]  # the last step is "all dates"
    assert all(len(a) < len(b) for a, b in zip(dated, dated[1:], strict=False))  # a later date each step
    assert all(set(a) <= set(b) for a, b in zip(shown, shown[1:], strict=False))
    page.click("#reset")
    if not play:
        return
    page.click("#play")
    page.wait_for_function("() => document.getElementById('play').textContent === '▶'", timeout=120_000)
    assert page.evaluate("cy.nodes('.hidden').length") == 0  # played to the end: all shown


def test_viewer_on_an_actor_network(store, wide_page, tmp_path):  # noqa: F811
    page = wide_page
    path = tmp_path / "network.html"
    export(store, "html", path)  # three documents: the actor network by default
    open_viewer(page, path)
    check_labels_and_sizes(page, "Walter Q. Gresham")
    check_search_zooms(page, "baker", ["Lewis Baker"])
    page.click("#reset")
    # a click on the weighted edge shows who instructed whom, with each quote
    edge = instructed_edge(page, GRESHAM, BAKER)
    click_element(page, edge)
    assert page.locator("#d-who").inner_text() == "Walter Q. Gresham → Lewis Baker"
    assert page.locator("#d-quotes li").all_inner_texts() == ["You will use your good offices",
                                                              "Report by telegraph"]
    check_actor_filter(page, store, "madriz")
    page.click("#reset")
    check_timeline_plays_in_date_order(page)
    assert not page.console_errors


def test_a_click_on_an_instruction_shows_issuer_and_addressee(store, wide_page, tmp_path):  # noqa: F811
    path = tmp_path / "items.html"
    export(store, "html", path, view="items")
    open_viewer(wide_page, path)
    click_element(wide_page, "http://example.org/doc/frus1894Nicaragua-d35/i1")
    assert wide_page.locator("#d-who").inner_text() == "Gresham → Mr. Baker"
    assert wide_page.locator("#d-evidence").inner_text() == "You will use your good offices"


VOLUME_STORE = os.environ.get("KG_VOLUME_STORE")


@pytest.mark.skipif(not VOLUME_STORE, reason="set KG_VOLUME_STORE to a store of the Nicaragua volume")
def test_viewer_on_the_nicaragua_volume(wide_page, tmp_path):
    page = wide_page
    volume = open_store(VOLUME_STORE, read_only=True)
    path = tmp_path / "volume.html"
    export(volume, "html", path)
    open_viewer(page, path)
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    print(f"viewer ready in {page.evaluate('kgViewer.drawMs'):.0f} ms, "
          f"{page.evaluate('cy.nodes().length')} nodes")
    shoot(page, "viewer-volume")
    check_labels_and_sizes(page, "Gresham")
    for name in ("Baker", "United States", "Nicaragua"):
        assert name in page.evaluate("kgViewer.labelled"), name
    before = check_search_zooms(page, "gresham", ["Gresham"])
    assert page.evaluate("cy.zoom()") > 2 * before  # a volume: zoomed in on the match
    shoot(page, "viewer-volume-search")
    page.click("#reset")
    gresham = page.evaluate("cy.nodes('[label = \"Gresham\"]')[0].id()")
    baker = page.evaluate("cy.nodes('[label = \"Baker\"]')[0].id()")
    edge = instructed_edge(page, gresham, baker)
    page.uncheck("input.kind-filter[value=document]")  # the actors alone: the edge is not under another
    page.evaluate("id => cy.fit(cy.getElementById(id).connectedNodes(), 200)", edge)
    click_element(page, edge)
    assert page.locator("#d-who").inner_text() == "Gresham → Baker"
    assert len(page.locator("#d-quotes li").all_inner_texts()) >= 2
    shoot(page, "viewer-volume-edge")
    page.click("#reset")
    check_actor_filter(page, volume, "Madriz")
    shoot(page, "viewer-volume-actor")
    page.click("#reset")
    page.evaluate("""() => { const t = document.getElementById('timeline');
        t.value = String(Math.floor(+t.max / 2)); t.dispatchEvent(new Event('input')); }""")
    shoot(page, "viewer-volume-timeline")
    page.click("#reset")
    check_timeline_plays_in_date_order(page, play=False)  # playing 120 dates takes a minute
    assert not page.console_errors
