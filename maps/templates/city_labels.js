{% macro script(this, kwargs) %}
(function () {
    var layer = {{ this._parent.get_name() }};
    {{ this.cities }}.forEach(function (c) {
        L.circleMarker([c[1], c[2]], {radius: 2, color: "#444", weight: 1, fillOpacity: 1,
                                      interactive: false}).addTo(layer);
        var label = document.createElement("div");
        label.textContent = c[0];
        label.style.cssText = "font:11px sans-serif;color:#333;white-space:nowrap";
        L.marker([c[1], c[2]], {interactive: false, keyboard: false, icon: L.divIcon({
            html: label, className: "", iconSize: [120, 14], iconAnchor: [-4, 7]})}).addTo(layer);
    });
})();
{% endmacro %}
