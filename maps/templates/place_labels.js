{% macro header(this, kwargs) %}
<style>
.im-label { position: absolute; left: 0; top: 0; height: 16px; line-height: 16px; white-space: nowrap;
            text-shadow: 0 0 2px #fff, 0 0 2px #fff, 0 0 3px #fff; }
.im-label-place { font: bold 12px sans-serif; color: #1a1a1a; }
.im-label-city { font: 11px sans-serif; color: #444; }
.im-city-dot { display: inline-block; width: 5px; height: 5px; margin: 0 3px 1px 1px; border-radius: 50%;
               background: #444; vertical-align: middle; }
</style>
{% endmacro %}
{% macro script(this, kwargs) %}
(function () {
    var map = {{ this._parent._parent.get_name() }};
    var group = {{ this._parent.get_name() }};
    var cities = {{ this.cities }};           // [name, lat, lon]: set as text, never as HTML
    var fromZoom = {{ this.from_zoom }};      // incidents' places are named from this zoom on...
    var always = {{ this.always }};           // ...or at every zoom when the map has few places
    var api = window.__incidentmap;
    var measure = document.createElement("canvas").getContext("2d");
    var FONT = {place: "bold 12px sans-serif", city: "11px sans-serif"};
    var MARK = 9;    // an incident marker's half size (radius 7, stroke 2): no label covers it
    var CLUSTER = 20;  // a cluster icon's half size
    var GAP = 3;     // between a marker's edge and its label

    function label(kind, fill) {
        var div = L.DomUtil.create("div", "im-label im-label-" + kind);
        fill(div);
        measure.font = FONT[kind];
        div.imWidth = Math.ceil(measure.measureText(div.textContent).width) + (kind === "city" ? 10 : 2);
        return div;
    }
    var cityLabels = cities.map(function (c) {
        return {latlng: L.latLng(c[1], c[2]), div: label("city", function (div) {
            var dot = L.DomUtil.create("span", "im-city-dot", div);
            div.appendChild(document.createTextNode(c[0]));
            return dot;
        })};
    });
    var placeLabels = {};   // one per point, made when first shown
    function placeLabel(marker) {
        var ll = marker.getLatLng(), key = ll.lat + "," + ll.lng;
        if (!placeLabels[key]) {
            // the place as the report wrote it, escaped when the map was made: entities, no markup
            placeLabels[key] = {latlng: ll, div: label("place", function (div) { div.innerHTML = api.placeHtml(marker); })};
        }
        return placeLabels[key];
    }

    var Labels = L.Layer.extend({
        onAdd: function () {
            this._pane = map.getPane("imLabels") || map.createPane("imLabels");
            this._pane.style.zIndex = 450;              // over tiles and outlines, under markers
            this._pane.style.pointerEvents = "none";
            L.DomUtil.addClass(this._pane, "leaflet-zoom-hide");
            map.on("moveend zoomend overlayadd overlayremove", this._later, this);
            if (api && api.cluster) { api.cluster.on("animationend", this._later, this); }
            this._later();
        },
        onRemove: function () {
            map.off("moveend zoomend overlayadd overlayremove", this._later, this);
            if (api && api.cluster) { api.cluster.off("animationend", this._later, this); }
            this._pane.textContent = "";
        },
        _later: function () {
            // after the clusters have put the new view's markers on the map
            var self = this;
            if (!self._queued) { self._queued = true; setTimeout(function () { self._queued = false; self.update(); }, 0); }
        },
        // one pass: incidents' places first (the most incidents first), then cities; a label whose
        // box meets a marker or a label already placed tries the other side, else stays hidden
        update: function () {
            if (!this._map) { return; }
            var pane = this._pane, view = map.getBounds().pad(0.1), taken = [], shown = [];
            pane.textContent = "";
            var places = [];
            if (api && (always || map.getZoom() >= fromZoom)) {
                api.markers.forEach(function (m) {
                    if (!view.contains(m.getLatLng())) { return; }
                    // on the map means drawn alone, not inside a cluster, and not filtered out
                    if (m._map) { places.push({marker: m, half: MARK}); return; }
                    // incidents at one point stay a cluster to the last zoom: its place is named too
                    var parent = m.__parent && api.cluster.hasLayer(m) ? api.cluster.getVisibleParent(m) : null;
                    if (parent && parent._bounds.getNorthEast().equals(parent._bounds.getSouthWest())) {
                        places.push({marker: m, half: CLUSTER});
                    }
                });
                var seen = {};
                places = places.filter(function (p) { var ll = p.marker.getLatLng(), k = ll.lat + "," + ll.lng;
                                                       return seen[k] ? false : (seen[k] = true); });
                places.forEach(function (p) { p.weight = api.countAt(p.marker); });
                places.sort(function (a, b) { return b.weight - a.weight; });
                // a label is made (and measured) only for the places that may be shown
                places = places.slice(0, {{ this.max_labels }});
                places.forEach(function (p) { p.label = placeLabel(p.marker); });
                places.forEach(function (p) {
                    var c = map.latLngToLayerPoint(p.label.latlng);
                    taken.push([c.x - p.half, c.y - p.half, c.x + p.half, c.y + p.half]);
                });
            }
            function meets(box) {
                for (var t = 0; t < taken.length; t++) {
                    var o = taken[t];
                    if (box[0] < o[2] && o[0] < box[2] && box[1] < o[3] && o[1] < box[3]) { return true; }
                }
                return false;
            }
            function place(item, offset, bothSides) {
                var c = map.latLngToLayerPoint(item.latlng), w = item.div.imWidth, h = 16;
                var right = [c.x + offset, c.y - h / 2, c.x + offset + w, c.y + h / 2];
                var left = [c.x - offset - w, c.y - h / 2, c.x - offset, c.y + h / 2];
                var box = !meets(right) ? right : bothSides && !meets(left) ? left : null;
                if (!box) { return; }
                taken.push(box);
                L.DomUtil.setPosition(item.div, L.point(box[0], box[1]));
                pane.appendChild(item.div);
                shown.push(item);
            }
            places.forEach(function (p) { place(p.label, p.half + GAP, true); });
            // a city's dot leads its label: the box starts on the city's point
            cityLabels.forEach(function (c) { if (view.contains(c.latlng)) { place(c, -4, false); } });
            this.shown = shown;
        }
    });
    var layer = new Labels();
    group.addLayer(layer);
    (window.__incidentmapFilters = window.__incidentmapFilters || []).push(function () { layer._later(); });
    window.__incidentmapLabels = layer;
})();
{% endmacro %}
