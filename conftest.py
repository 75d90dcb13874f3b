"""Test-wide set-up: one data directory for the whole run.

The embedded index takes ~12 s to build, so a run reuses it: ``$INCIDENTMAP_HOME``
when set (CI sets a fresh one), else ``.pytest_cache/incidentmap-home`` in the
checkout, never the user's own data directory.
"""

import os
from pathlib import Path

if not os.environ.get("INCIDENTMAP_HOME"):
    home = Path(__file__).parent / ".pytest_cache" / "incidentmap-home"
    home.mkdir(parents=True, exist_ok=True)
    os.environ["INCIDENTMAP_HOME"] = str(home)
