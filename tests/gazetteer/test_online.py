"""The online fallback against a real HTTP server on 127.0.0.1 that answers like Nominatim."""

import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

import pytest

from gazetteer import Resolver
from gazetteer.errors import OnlineError, OnlineTimeoutError
from gazetteer.local import LocalStore
from gazetteer.online import OnlineGeocoder

ANSWERS = {
    "Zzyzx Checkpoint": [{
        "place_id": 1, "osm_type": "node", "osm_id": 7, "lat": "50.3901", "lon": "30.6102",
        "display_name": "Zzyzx Checkpoint, Kyiv, Ukraine", "name": "Zzyzx Checkpoint",
        "class": "place", "type": "village", "importance": 0.3,
        "address": {"village": "Zzyzx Checkpoint", "state": "Kyiv", "country": "Ukraine", "country_code": "ua"}}],
}


class Nominatim(BaseHTTPRequestHandler):
    """Answers /search like Nominatim; remembers what it was asked and when."""

    seen: list = []
    behaviour = "normal"

    def do_GET(self):  # noqa: N802 - the stdlib's name
        query = parse_qs(urlsplit(self.path).query)
        type(self).seen.append((time.monotonic(), query.get("q", [""])[0], self.headers.get("User-Agent")))
        behaviour = type(self).behaviour
        if behaviour == "slow":
            time.sleep(1.5)
        if behaviour == "error":
            self.send_response(500)
            self.end_headers()
            return
        if behaviour == "busy-once" and len(type(self).seen) == 1:
            self.send_response(429)
            self.send_header("Retry-After", "1")
            self.end_headers()
            return
        if behaviour == "busy-long":
            self.send_response(429)
            self.send_header("Retry-After", "3600")
            self.end_headers()
            return
        if behaviour == "drop":  # the connection closes with no answer at all
            self.close_connection = True
            self.connection.shutdown(2)
            return
        answer = ANSWERS.get(query.get("q", [""])[0], [])
        body = {"garbage": b"<html>Bad gateway</html>",
                "bad-number": json.dumps([{**ANSWERS["Zzyzx Checkpoint"][0], "lat": "north"}]).encode(),
                "out-of-range": json.dumps([{**ANSWERS["Zzyzx Checkpoint"][0], "lat": "123.5"}]).encode(),
                "wrong-shape": json.dumps({"error": {"code": 7}}).encode(),
                }.get(behaviour) or json.dumps(answer).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture
def server():
    Nominatim.seen = []
    Nominatim.behaviour = "normal"
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Nominatim)
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True)
    thread.start()
    yield httpd
    httpd.shutdown()
    httpd.server_close()


def url(httpd):
    return f"http://127.0.0.1:{httpd.server_address[1]}"


def test_a_result_an_empty_answer_and_the_cache_after_the_server_is_gone(home, server):
    store = LocalStore()
    online = OnlineGeocoder(url=url(server), user_agent="incidentmap-tests/1", store=store,
                            min_delay_seconds=0)
    resolver = Resolver(store=store, online=online)
    found = resolver.resolve("Zzyzx Checkpoint")
    assert found.status == "resolved" and found.place.source == "online"
    assert (found.place.latitude, found.place.longitude) == (50.3901, 30.6102)
    assert found.place.country_code == "UA"
    empty = resolver.resolve("Qwxyzzy Unknownville")
    assert empty.place is None and any("knows no" in r for r in empty.reasons)
    assert len(Nominatim.seen) == 2
    assert all(agent == "incidentmap-tests/1" for _, _, agent in Nominatim.seen)
    server.shutdown()
    server.server_close()
    # a second run with the server stopped: both answers, the empty one too, come from the cache
    again = Resolver(store=LocalStore(), online=OnlineGeocoder(url=url(server), store=LocalStore(),
                                                               min_delay_seconds=0))
    assert again.resolve("Zzyzx Checkpoint").place.latitude == 50.3901
    assert again.resolve("Qwxyzzy Unknownville").place is None


def test_names_the_offline_index_knows_never_reach_the_server(home, server):
    online = OnlineGeocoder(url=url(server), store=LocalStore(), min_delay_seconds=0)
    assert Resolver(store=LocalStore(), online=online).resolve("Lutsk").place.source == "embedded"
    assert Nominatim.seen == []


def test_the_rate_limit_is_honoured(home, server):
    online = OnlineGeocoder(url=url(server), store=LocalStore())  # nominatim's policy: 1 request/s
    for name in ("Aaa Nowhere", "Bbb Nowhere", "Ccc Nowhere"):
        online.geocode(name)
    times = [t for t, _, _ in Nominatim.seen]
    assert len(times) == 3
    gaps = [b - a for a, b in zip(times, times[1:])]
    assert min(gaps) >= 0.95, gaps


def test_a_server_too_slow_is_a_timeout_after_retries(home, server):
    Nominatim.behaviour = "slow"
    online = OnlineGeocoder(url=url(server), store=LocalStore(), timeout=0.3, max_retries=1,
                            error_wait_seconds=0, min_delay_seconds=0)
    with pytest.raises(OnlineTimeoutError) as caught:
        online.geocode("Slow Place")
    assert isinstance(caught.value, TimeoutError)
    assert len(Nominatim.seen) == 2  # the first try and one retry
    # a failure is not cached as an empty answer
    Nominatim.behaviour = "normal"
    assert online.geocode("Slow Place") == []


def test_a_server_error_is_an_online_error(home, server):
    Nominatim.behaviour = "error"
    online = OnlineGeocoder(url=url(server), store=LocalStore(), max_retries=0, min_delay_seconds=0)
    with pytest.raises(OnlineError) as caught:
        online.geocode("Broken Place")
    assert isinstance(caught.value, ConnectionError)
    assert "\n" not in str(caught.value)


def test_a_429_waits_what_retry_after_asks_then_succeeds(home, server):
    Nominatim.behaviour = "busy-once"
    online = OnlineGeocoder(url=url(server), store=LocalStore(), max_retries=2, error_wait_seconds=0,
                            min_delay_seconds=0)
    [place] = online.geocode("Zzyzx Checkpoint")
    assert place.latitude == 50.3901
    first, second = (t for t, _, _ in Nominatim.seen)
    assert second - first >= 0.95  # Retry-After: 1


def test_a_429_asking_for_too_long_a_wait_is_an_online_error_at_once(home, server):
    Nominatim.behaviour = "busy-long"
    online = OnlineGeocoder(url=url(server), store=LocalStore(), max_retries=2, min_delay_seconds=0)
    started = time.monotonic()
    with pytest.raises(OnlineError, match="too many requests"):
        online.geocode("Zzyzx Checkpoint")
    assert time.monotonic() - started < 5 and len(Nominatim.seen) == 1


@pytest.mark.parametrize("behaviour", ["garbage", "bad-number", "out-of-range", "wrong-shape", "drop"])
def test_a_malformed_answer_or_a_dropped_connection_keeps_what_was_cached(home, server, behaviour):
    store = LocalStore()
    online = OnlineGeocoder(url=url(server), store=store, max_retries=1, error_wait_seconds=0,
                            min_delay_seconds=0)
    resolver = Resolver(store=store, online=online)
    assert resolver.resolve("Zzyzx Checkpoint").place.latitude == 50.3901
    Nominatim.behaviour = behaviour
    try:
        answer = online.geocode("Qwxyzzy Elsewhere")
    except OnlineError as err:
        assert "\n" not in str(err)
    else:  # a well-formed answer with nothing usable is an empty answer, never a made-up place
        assert answer == [] and behaviour == "wrong-shape"
    asked = len(Nominatim.seen)
    # what was resolved before the failure is still there, and asks nothing
    assert resolver.resolve("Zzyzx Checkpoint").place.latitude == 50.3901
    assert len(Nominatim.seen) == asked
    # a failure is not cached: once the server behaves, the name is asked again
    Nominatim.behaviour = "normal"
    assert online.geocode("Qwxyzzy Elsewhere") == [] and len(Nominatim.seen) == asked + 1
