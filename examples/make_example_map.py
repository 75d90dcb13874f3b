"""Regenerate ``docs/example-map.png``: the example reports' offline map, as a reader first sees it.

Runs ``incidentmap run examples/reports -o <a temporary folder> --offline``, opens the map in
Debian's Chromium through Playwright (no request may leave the file), waits for the first view
and saves a screenshot of ``--size`` CSS pixels (1366x850 by default, a common laptop screen).

Run from the repository's root::

    python examples/make_example_map.py [--size 1366x850] [--output docs/example-map.png]
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", default="1366x850", help="viewport WIDTHxHEIGHT in CSS pixels")
    parser.add_argument("--output", type=Path, default=ROOT / "docs" / "example-map.png")
    parser.add_argument("--chromium", default=shutil.which("chromium") or "/usr/bin/chromium")
    args = parser.parse_args(argv)
    width, height = (int(n) for n in args.size.lower().split("x"))

    from playwright.sync_api import sync_playwright

    from incidentmap.cli import main as incidentmap

    with tempfile.TemporaryDirectory(prefix="incidentmap-example-") as out:
        code = incidentmap(["run", str(ROOT / "examples" / "reports"), "-o", out, "--offline"])
        if code != 0:
            return code
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=args.chromium, args=["--no-sandbox"])
            page = browser.new_page(viewport={"width": width, "height": height})
            outside = []
            page.on("request", lambda r: r.url.startswith(("file:", "data:")) or outside.append(r.url))
            page.goto((Path(out) / "map.html").as_uri())
            page.wait_for_selector(".leaflet-tile-loaded")
            page.wait_for_timeout(1500)  # clusters, labels and every tile of the first view drawn
            args.output.parent.mkdir(parents=True, exist_ok=True)
            page.screenshot(path=str(args.output))
            browser.close()
    if outside:
        print(f"the offline map asked the network for {outside[:3]}", file=sys.stderr)
        return 1
    print(f"wrote {args.output} ({width}x{height})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
