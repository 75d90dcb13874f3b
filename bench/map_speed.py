"""Map speed: build time, HTML size and first render in Chromium, against naive Folium.

Synthetic incidents (random points over Ukraine, every event type, dates over a month,
a sentence each) are drawn by ``maps.render`` (offline: no tile request skews the render
time) and by the naive Folium way: one ``CircleMarker`` with a ``Popup`` per incident.
First render is the time from navigation to the first marker or cluster icon on screen,
in headless Debian Chromium, the median of three page loads (every marker is clustered by then: the map clusters them in
one pass before it draws). Then three zooms in, three pans and three zooms out are timed
until the new view is drawn: median and worst step, in milliseconds.

Run::

    python bench/map_speed.py [--sizes 1000 10000 100000] [--naive-max 100000] [--json FILE]
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import sys
import tempfile
import time
from pathlib import Path

EVENTS = ["airstrike", "missile_or_drone_strike", "shelling", "explosion", "attack_on_facility",
          "armed_clash", "territory_captured", "evacuation_or_corridor", "casualty_report"]


def synthetic(count: int, seed: int = 11):
    from geo import Incident, Source

    rng = random.Random(seed)
    rows = []
    for n in range(count):
        lat, lon = rng.uniform(45.5, 52.0), rng.uniform(23.0, 40.0)
        sentence = f"Report {n}: shelling hit the outskirts of Place {n % 5000} on the morning of the day."
        rows.append(Incident(f"im-{n}", EVENTS[n % len(EVENTS)], f"2022-03-{1 + n % 28:02d}", "day",
                             f"Place {n % 5000}", f"Place {n % 5000}", 100000 + n % 5000, "UA", "Some Oblast",
                             round(lat, 5), round(lon, 5), 1 + (n % 7 == 0) + (n % 13 == 0),
                             fatalities=n % 4 or None, sources=(Source(f"doc-{n}", sentence, 0, len(sentence),
                                                                       url="https://example.org/r"),)))
    return rows


def ours(incidents, path: Path) -> float:
    from maps import render, to_html

    started = time.perf_counter()
    html = to_html(render(incidents, title="Benchmark", offline=True), offline=True)
    path.write_text(html, encoding="utf-8")
    return time.perf_counter() - started


def naive(incidents, path: Path) -> float:
    import folium

    from maps.offline import inline_assets

    started = time.perf_counter()
    fmap = folium.Map(location=[49, 32], zoom_start=6, tiles=None)  # offline too, for a fair render time
    for i in incidents:
        folium.CircleMarker([i.latitude, i.longitude], radius=5,
                            popup=folium.Popup(f"{i.event_type}: {i.place_name}<br>{i.sources[0].sentence}")
                            ).add_to(fmap)
    path.write_text(inline_assets(fmap.get_root().render()), encoding="utf-8")
    return time.perf_counter() - started


def first_render(path: Path, chromium: str) -> float | None:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium, args=["--no-sandbox"])
        page = browser.new_page(viewport={"width": 1200, "height": 800})
        page.route("http*://**", lambda route: route.abort())  # both maps are offline; nothing may load
        started = time.perf_counter()
        page.goto(path.as_uri(), wait_until="commit", timeout=120_000)
        try:
            page.wait_for_selector(".marker-cluster, path.leaflet-interactive", timeout=120_000)
            seconds = time.perf_counter() - started
        except Exception:  # noqa: BLE001 - the naive map cannot render without its CDN
            seconds = None
        steps = page.evaluate(_ZOOM_AND_PAN) if seconds is not None else None
        browser.close()
    return seconds, steps


# Three zooms in, three pans and three zooms out, each timed until two frames have been drawn
# after it (the clusters of the new view are on screen); the median and the worst, in ms.
_ZOOM_AND_PAN = """async () => {
    const map = Object.values(window).find(v => v instanceof L.Map);
    const frame = () => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)));
    const times = [];
    const step = async (move) => { const t = performance.now(); move(); await frame(); times.push(performance.now() - t); };
    for (let i = 0; i < 3; i++) { await step(() => map.setZoom(map.getZoom() + 1, {animate: false})); }
    for (let i = 0; i < 3; i++) { await step(() => map.panBy([300, 200], {animate: false})); }
    for (let i = 0; i < 3; i++) { await step(() => map.setZoom(map.getZoom() - 1, {animate: false})); }
    times.sort((a, b) => a - b);
    return [times[Math.floor(times.length / 2)], times[times.length - 1]];
}"""


def _median_of(times: int, load):
    """The median first render of ``times`` loads, with the zoom and pan steps of that load."""
    runs = sorted((load() for _ in range(times)), key=lambda r: float("inf") if r[0] is None else r[0])
    return runs[len(runs) // 2]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000, 100000])
    parser.add_argument("--naive-max", type=int, default=100000)
    parser.add_argument("--json", metavar="FILE")
    parser.add_argument("--repeat", type=int, default=3, help="page loads per map; the median is reported")
    args = parser.parse_args()
    chromium = shutil.which("chromium")
    folder = Path(tempfile.mkdtemp(prefix="incidentmap-mapbench-"))
    results = []
    print(f"{'incidents':>9} {'way':8} {'build s':>8} {'HTML MB':>8} {'first render s':>15} "
          f"{'zoom/pan median ms':>19} {'worst ms':>9}")
    for size in args.sizes:
        incidents = synthetic(size)
        for way, build in (("ours", ours), ("naive", naive)):
            if way == "naive" and size > args.naive_max:
                continue
            path = folder / f"{way}-{size}.html"
            seconds = build(incidents, path)
            rendered, steps = _median_of(args.repeat, lambda: first_render(path, chromium)) if chromium \
                else (None, None)
            row = {"incidents": size, "way": way, "build_s": round(seconds, 2),
                   "html_mb": round(path.stat().st_size / 1e6, 1),
                   "first_render_s": None if rendered is None else round(rendered, 2),
                   "step_ms": steps}
            results.append(row)
            shown = "-" if rendered is None else f"{rendered:.2f}"
            median, worst = (f"{steps[0]:.0f}", f"{steps[1]:.0f}") if steps else ("-", "-")
            print(f"{size:>9,} {way:8} {seconds:>8.2f} {row['html_mb']:>8.1f} {shown:>15} {median:>19} {worst:>9}",
                  flush=True)
    shutil.rmtree(folder, ignore_errors=True)
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
