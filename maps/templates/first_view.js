{% macro script(this, kwargs) %}
(function () {
    var map = {{ this._parent.get_name() }};
    var layers = {{ this.layer_control }};
    var summary = document.querySelector(".im-summary");
    // on a phone the panels start folded, or they would cover most of the map
    var narrow = window.innerWidth < {{ this.narrow }};
    if (narrow && summary) { summary.open = false; }
    if (layers && layers._layersLink) {
        // the layer list folds behind a button; Leaflet's own folding opens on hover and
        // closes when the pointer leaves, which a list meant to stay open cannot have
        layers._layersLink.textContent = "Layers";
        L.DomEvent.on(layers._layersLink, "click", function (e) { L.DomEvent.preventDefault(e); layers.expand(); });
        map.on("click", function () { if (window.innerWidth < {{ this.narrow }}) { layers.collapse(); } });
        if (narrow) { layers.collapse(); }
    }

    // each corner's panels, as one rectangle from that corner: the map keeps the incidents
    // clear of it, on the side that costs the smaller share of the map
    function padding() {
        var box = map.getContainer().getBoundingClientRect(), W = box.width, H = box.height, margin = 24;
        var pad = {left: 0, top: 0, right: 0, bottom: 0};
        var panels = Array.prototype.slice.call(document.querySelectorAll(
            ".im-summary, .leaflet-control-container .leaflet-control"));
        var corners = {};
        panels.forEach(function (panel) {
            var r = panel.getBoundingClientRect();
            if (!r.width || !r.height) { return; }
            var x0 = r.left - box.left, x1 = r.right - box.left, y0 = r.top - box.top, y1 = r.bottom - box.top;
            var left = (x0 + x1) / 2 < W / 2, top = (y0 + y1) / 2 < H / 2;
            var key = (top ? "t" : "b") + (left ? "l" : "r"), c = corners[key] || (corners[key] = {w: 0, h: 0});
            c.w = Math.max(c.w, left ? x1 : W - x0);
            c.h = Math.max(c.h, top ? y1 : H - y0);
        });
        Object.keys(corners).forEach(function (key) {
            var c = corners[key], side = c.w / W < c.h / H ? (key[1] === "l" ? "left" : "right")
                                                           : (key[0] === "t" ? "top" : "bottom");
            pad[side] = Math.max(pad[side], (side === "left" || side === "right" ? c.w : c.h) + margin);
        });
        ["left", "top", "right", "bottom"].forEach(function (side) { pad[side] = Math.max(pad[side], margin); });
        // never so much that nothing is left to show
        if (pad.left + pad.right > W - 60) { pad.left = pad.right = margin; }
        if (pad.top + pad.bottom > H - 60) { pad.top = pad.bottom = margin; }
        return pad;
    }
    var pad = padding();
    window.__incidentmapPadding = {topLeft: [pad.left, pad.top], bottomRight: [pad.right, pad.bottom]};
    map.fitBounds({{ this.bounds }}, {paddingTopLeft: [pad.left, pad.top], paddingBottomRight: [pad.right, pad.bottom],
                                     maxZoom: {{ this.max_zoom }}, animate: false});
})();
{% endmacro %}
