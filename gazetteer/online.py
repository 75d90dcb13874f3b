"""An optional online fallback through geopy, off unless asked for.

Asked only when the offline sources leave a name unresolved. Every request goes
through geopy's :class:`~geopy.extra.rate_limiter.RateLimiter` (Nominatim's usage
policy allows one request per second), carries a user agent, times out, and is
retried; every answer, empty ones included, is cached in the local index, so a
second run asks nothing. geopy's errors are turned into ours once, here.
"""

from __future__ import annotations

import json
import os
import time
from datetime import datetime, timezone
from urllib.parse import urlsplit

from .errors import InputError, OnlineError, OnlineTimeoutError
from .local import LocalStore
from .model import Place, validate_coordinates

__all__ = ["OnlineGeocoder", "PROVIDERS", "DEFAULT_USER_AGENT"]

DEFAULT_USER_AGENT = "incidentmap/0.1 (offline-first incident mapping; set INCIDENTMAP_USER_AGENT)"

#: Providers and their usage policy: the least delay between two requests.
PROVIDERS = {"nominatim": {"min_delay_seconds": 1.0}, "photon": {"min_delay_seconds": 1.0}}

#: What a Nominatim class/type pair is, in GeoNames feature codes.
_FEATURES = {
    ("place", "city"): "PPL", ("place", "town"): "PPL", ("place", "village"): "PPL",
    ("place", "hamlet"): "PPL", ("place", "suburb"): "PPLX", ("place", "neighbourhood"): "PPLX",
    ("place", "state"): "ADM1", ("place", "country"): "PCLI", ("aeroway", "aerodrome"): "AIRP",
    ("amenity", "hospital"): "HSP", ("amenity", "school"): "SCH", ("military", "airfield"): "AIRF",
}
_ONLINE_CACHE = """CREATE TABLE IF NOT EXISTS online_cache (
    provider TEXT NOT NULL, query TEXT NOT NULL, country TEXT NOT NULL,
    answer TEXT NOT NULL, fetched_at TEXT NOT NULL, PRIMARY KEY (provider, query, country))"""


class OnlineGeocoder:
    """A geopy geocoder behind a rate limit, retries and a persistent cache.

    ``url`` points at a self-hosted server (``http://127.0.0.1:8080``); the
    default is the provider's public service. A failed request is tried again up
    to ``max_retries`` times, ``error_wait_seconds`` apart; a 429 answer waits what
    its ``Retry-After`` asks, when that is at most ``max_retry_after`` seconds.
    """

    def __init__(self, provider: str = "nominatim", url: str | None = None,
                 user_agent: str | None = None, timeout: float = 10.0, max_retries: int = 2,
                 error_wait_seconds: float = 2.0, min_delay_seconds: float | None = None,
                 store: LocalStore | None = None, max_retry_after: float = 60.0):
        if provider not in PROVIDERS:
            raise InputError(f"unknown online provider {provider!r} (known: {', '.join(PROVIDERS)})")
        self.provider = provider
        self.store = store or LocalStore()
        options = {"user_agent": user_agent or os.environ.get("INCIDENTMAP_USER_AGENT") or DEFAULT_USER_AGENT,
                   "timeout": timeout, "adapter_factory": _adapter_without_retries}
        if url:
            parts = urlsplit(url)
            if parts.scheme not in ("http", "https") or not parts.netloc:
                raise InputError(f"online URL must look like http://host:port, got {url!r}")
            options.update(domain=parts.netloc + parts.path.rstrip("/"), scheme=parts.scheme)
        # geopy (and requests under it) is imported here, not with the package: a third of
        # the gazetteer's cold start for a fallback that is off unless asked for
        from geopy.extra.rate_limiter import RateLimiter
        from geopy.geocoders import get_geocoder_for_service

        self._geocoder = get_geocoder_for_service(provider)(**options)
        delay = PROVIDERS[provider]["min_delay_seconds"] if min_delay_seconds is None else min_delay_seconds
        # the rate limiter spaces requests; retries are ours, so a 429 can wait as long as it asks
        self._geocode = RateLimiter(self._geocoder.geocode, min_delay_seconds=delay, max_retries=0,
                                    swallow_exceptions=False)
        self.max_retries = max_retries
        self.error_wait_seconds = error_wait_seconds
        self.max_retry_after = max_retry_after

    def geocode(self, name: str, country: str | None = None) -> list[Place]:
        """Places the provider finds for ``name`` (in ``country``); [] when none."""
        cached = self._cached(name, country)
        if cached is None:
            cached = self._fetch(name, country)
            self._remember(name, country, cached)
        return [self._place(item) for item in cached]

    # -- the provider ----------------------------------------------------

    def _fetch(self, name: str, country: str | None) -> list[dict]:
        from geopy import exc as geopy_errors

        kwargs = {"exactly_one": False, "limit": 5, "language": "en"}
        if self.provider == "nominatim":
            kwargs.update(addressdetails=True, country_codes=country.lower() if country else None)
        try:
            found = self._ask(name, kwargs)
        except geopy_errors.GeocoderTimedOut as err:
            raise OnlineTimeoutError(f"{self.provider} did not answer in time for {name!r}") from err
        except geopy_errors.GeocoderRateLimited as err:
            raise OnlineError(f"{self.provider} refused: too many requests (retry after "
                              f"{err.retry_after or 'a while'} s)") from err
        except geopy_errors.GeopyError as err:
            if _timed_out(err):  # geopy's requests adapter reports a read timeout as "unavailable"
                raise OnlineTimeoutError(f"{self.provider} did not answer in time for {name!r}") from err
            raise OnlineError(f"{self.provider} failed for {name!r}: {_one_line(err)}") from err
        except (ValueError, TypeError, KeyError, AttributeError) as err:  # geopy parsing a malformed answer
            raise OnlineError(f"{self.provider} gave a malformed answer for {name!r} ({_one_line(err)})") from err
        try:
            return [self._answer(location, name, country) for location in found]
        except (ValueError, TypeError, AttributeError) as err:
            raise OnlineError(f"{self.provider} gave a malformed answer for {name!r} ({_one_line(err)})") from err

    def _ask(self, name: str, kwargs: dict) -> list:
        from geopy import exc as geopy_errors

        for attempt in range(self.max_retries + 1):
            try:
                return self._geocode(name, **kwargs) or []
            except geopy_errors.GeocoderRateLimited as err:
                wait = self.error_wait_seconds if err.retry_after is None else err.retry_after
                if attempt == self.max_retries or wait > self.max_retry_after:
                    raise
                time.sleep(wait)
            except (geopy_errors.GeocoderTimedOut, geopy_errors.GeocoderServiceError):
                if attempt == self.max_retries:
                    raise
                time.sleep(self.error_wait_seconds)
        raise AssertionError("unreachable")  # the loop returns or raises

    @staticmethod
    def _answer(location, name: str, country: str | None) -> dict:
        raw = location.raw if isinstance(location.raw, dict) else {}
        address = raw.get("address") if isinstance(raw.get("address"), dict) else {}
        latitude, longitude = validate_coordinates(location.latitude, location.longitude)
        return {
            "name": str(raw.get("name") or location.address or name).split(",")[0],
            "latitude": latitude, "longitude": longitude,
            "country_code": str(address.get("country_code") or country or "").upper()[:2],
            "admin1": address.get("state") or address.get("region"),
            "feature_code": _FEATURES.get((raw.get("class"), raw.get("type")), "PPL"),
        }

    def _place(self, item: dict) -> Place:
        return Place(geonameid=None, name=item["name"], country_code=item["country_code"],
                     admin1=item.get("admin1"), latitude=item["latitude"], longitude=item["longitude"],
                     feature_code=item["feature_code"], source="online")

    # -- the cache -------------------------------------------------------

    def _cached(self, name: str, country: str | None) -> list[dict] | None:
        if not self.store.exists:
            return None
        self.store.connect().execute(_ONLINE_CACHE)
        rows = self.store.query("SELECT answer FROM online_cache WHERE provider = ? AND query = ? AND country = ?",
                                (self.provider, name, country or ""))
        return json.loads(rows[0][0]) if rows else None

    def _remember(self, name: str, country: str | None, answer: list[dict]) -> None:
        connection = self.store.connect()
        connection.execute(_ONLINE_CACHE)
        connection.execute("INSERT OR REPLACE INTO online_cache VALUES (?, ?, ?, ?, ?)",
                           (self.provider, name, country or "", json.dumps(answer),
                            datetime.now(timezone.utc).isoformat(timespec="seconds")))


def _adapter_without_retries(proxies=None, ssl_context=None):
    """geopy's HTTP adapter, minus its own hidden retries: the rate limiter's are the only ones,
    so a failing provider is asked exactly ``1 + max_retries`` times."""
    from geopy.adapters import RequestsAdapter

    return RequestsAdapter(proxies=proxies, ssl_context=ssl_context, max_retries=0)


def _one_line(err: BaseException, limit: int = 200) -> str:
    """An error's text on one short line: geopy's messages quote what the server sent."""
    text = " ".join(str(err).split())
    return text if len(text) <= limit else text[: limit - 3] + "..."


def _timed_out(err: BaseException) -> bool:
    """Whether a timeout lies anywhere in the chain of causes of ``err``."""
    seen = set()
    while err is not None and id(err) not in seen:
        seen.add(id(err))
        if isinstance(err, TimeoutError) or "timed out" in str(err).lower() or "Timeout" in type(err).__name__:
            return True
        err = err.__cause__ or err.__context__
    return False
