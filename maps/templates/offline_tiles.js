{% macro html(this, kwargs) %}
<script type="application/json" id="{{ this.get_name() }}_tiles">{{ this.tiles }}</script>
{% endmacro %}
{% macro script(this, kwargs) %}
(function () {
    var map = {{ this._parent.get_name() }};
    // "z/x/y" -> base64 PNG: the OpenStreetMap tiles this map carries in the page itself
    var tiles = JSON.parse(document.getElementById("{{ this.get_name() }}_tiles").textContent);
    // a tile the page lacks is cut from the nearest zoom above it that the page has (the
    // margin around the incidents is carried at fewer zooms than the incidents' own extent);
    // with none, the tile stays empty and the outlines drawn beneath show through
    var PageTiles = L.GridLayer.extend({
        createTile: function (coords, done) {
            var tile = document.createElement("div"), size = this.getTileSize();
            for (var up = 0; up <= coords.z; up++) {
                var scale = 1 << up, x = Math.floor(coords.x / scale), y = Math.floor(coords.y / scale);
                var data = tiles[(coords.z - up) + "/" + x + "/" + y];
                if (!data) { continue; }
                var img = document.createElement("img");
                img.alt = "";
                img.style.cssText = "position:absolute;width:" + size.x * scale + "px;height:" + size.y * scale +
                    "px;left:" + -(coords.x - x * scale) * size.x + "px;top:" + -(coords.y - y * scale) * size.y + "px";
                img.onload = img.onerror = function () { done(null, tile); };
                img.src = "data:image/png;base64," + data;
                tile.style.overflow = "hidden";
                tile.appendChild(img);
                return tile;
            }
            setTimeout(function () { done(null, tile); }, 0);
            return tile;
        }
    });
    // past the last zoom the page has, Leaflet stretches that zoom's tiles
    window.__incidentmapTiles = new PageTiles({
        maxNativeZoom: {{ this.max_native_zoom }}, maxZoom: 18, className: "im-page-tiles",
        attribution: {{ this.attribution }}
    }).addTo(map);
})();
{% endmacro %}
