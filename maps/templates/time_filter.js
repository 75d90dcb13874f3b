{% macro script(this, kwargs) %}
(function () {
    var map = {{ this._parent.get_name() }};
    var dates = {{ this.dates }};
    var control = L.control({position: "bottomleft"});
    control.onAdd = function () {
        var box = L.DomUtil.create("div", "im-time leaflet-bar");
        box.style.background = "white";
        box.style.padding = "4px 8px";
        box.style.font = "12px sans-serif";
        var input = L.DomUtil.create("input", "im-time-range", box);
        input.type = "range";
        input.min = 0;
        input.max = dates.length;
        input.step = 1;
        input.value = dates.length;
        input.title = "incidents up to a date";
        var label = L.DomUtil.create("span", "im-time-label", box);
        label.textContent = " all dates";
        L.DomEvent.disableClickPropagation(box);
        input.addEventListener("input", function () {
            var until = +input.value >= dates.length ? null : dates[+input.value];
            label.textContent = until ? " up to " + until : " all dates";
            (window.__incidentmapFilters || []).forEach(function (showUntil) { showUntil(until); });
        });
        return box;
    };
    control.addTo(map);
})();
{% endmacro %}
