"""Folium rendering of incidents: layers per event type, legend, popups, offline assets.

>>> from maps import render                       # doctest: +SKIP
>>> render(incidents, title="11 March 2022")     # doctest: +SKIP
<folium.folium.Map object ...>
"""

from .escape import escape_text, safe_url, script_json
from .render import render, to_html

__all__ = ["render", "to_html", "escape_text", "safe_url", "script_json"]
