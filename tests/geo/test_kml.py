"""Incidents as KML for Google Earth: read back by GDAL, text escaped, chosen by the extension."""

import dataclasses
import html
import re
from xml.etree import ElementTree

import pyogrio
import pytest

from geo import Incident, Source, read_incidents, write_incidents

KML = "{http://www.opengis.net/kml/2.2}"

# report text is untrusted: markup, ampersands, quotes and a control character in what is shown
HOSTILE = Incident(
    "im-x", "shelling", "2023-07-02", "day", "Pidlisne", "Pidlisne", 700001, "UA", "Rivne Oblast",
    50.5, 26.25, 1, target="a depot <script>alert('x')</script> & a yard", fatalities=3, injuries=1,
    sources=(Source("d1", 'Shells hit the depot & yard <script>alert("x")</script>\x07 at dawn.', 0, 60,
                    url="https://example.org/?a=1&b=<2>"),))
LOCATED = Incident("im-y", "airstrike", "2023-07-03", "day", "Stavky", "Stavky", 700002, "UA", None,
                   48.125, 35.0625, 1, fatalities=None)
NOWHERE = Incident("im-z", "drone_strike", None, None, "Nowhereville", None, None, None, None, None, None, None,
                   status="unresolved")


def test_gdal_reads_the_placemarks_names_and_points(tmp_path):
    path = write_incidents(tmp_path / "incidents.kml", [HOSTILE, LOCATED, NOWHERE])
    frame = pyogrio.read_dataframe(path)
    assert len(frame) == 3
    assert frame["Name"].tolist() == ["Shelling in Pidlisne, 2023-07-02", "Airstrike in Stavky, 2023-07-03",
                                      "Drone strike in Nowhereville"]
    points = [None if g is None else (g.x, g.y) for g in frame.geometry]
    assert points == [(26.25, 50.5), (35.0625, 48.125), None]
    assert frame.crs.to_epsg() == 4326


def test_report_text_stays_text(tmp_path):
    path = write_incidents(tmp_path / "incidents.kml", [HOSTILE])
    raw = path.read_text(encoding="utf-8")
    assert "<script" not in raw.lower() and "\x07" not in raw
    root = ElementTree.parse(path).getroot()  # well-formed XML, whatever the reports said
    placemark = root.find(f"{KML}Document/{KML}Placemark")
    # Google Earth renders the description as HTML: after XML parsing it must still hold no markup
    # of the report's, only its text HTML-escaped
    shown = placemark.findtext(f"{KML}description")
    assert "<script" not in shown.lower() and "&lt;script&gt;alert(\"x\")&lt;/script&gt;" in shown
    assert "depot &amp; yard" in shown and "3 killed, 1 injured" in shown and "Rivne Oblast" in shown
    assert html.unescape(re.sub(r"<b>|</b>|<br>", "\n", shown)).count('<script>alert("x")</script>') == 1
    # and the balloon shows the description alone, not the ExtendedData values, which are escaped once
    style = placemark.findtext(f"{KML}styleUrl").lstrip("#")
    balloons = [s.findtext(f"{KML}BalloonStyle/{KML}text") for s in root.iter(f"{KML}Style")
                if s.get("id") == style]
    assert balloons == ["$[description]"]
    assert placemark.findtext(f"{KML}TimeStamp/{KML}when") == "2023-07-02"
    frame = pyogrio.read_dataframe(path)
    assert frame["description"][0] == shown and frame["target"][0] == HOSTILE.target


def test_every_field_reads_back_equal(tmp_path):
    odd = dataclasses.replace(HOSTILE, id='im-"q" & <r>', latitude=-33.8688197, longitude=151.2092955,
                              figures_estimated=True, figures_reported=("fatalities 3",), reasons=("r & s",))
    path = write_incidents(tmp_path / "incidents.kml", [odd, NOWHERE])
    assert read_incidents(path) == [odd, NOWHERE]  # the control character too: JSON escapes it


def test_a_kml_without_incident_fields_is_an_input_error(tmp_path):
    from gazetteer import InputError

    path = tmp_path / "drawn.kml"
    path.write_text('<kml xmlns="http://www.opengis.net/kml/2.2"><Document><Placemark><name>pin</name>'
                    "<Point><coordinates>30,50</coordinates></Point></Placemark></Document></kml>",
                    encoding="utf-8")
    with pytest.raises(InputError) as caught:
        read_incidents(path)
    assert "placemark 1" in str(caught.value) and "\n" not in str(caught.value)
