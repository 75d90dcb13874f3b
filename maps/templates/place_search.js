{% macro script(this, kwargs) %}
(function () {
    var map = {{ this._parent.get_name() }}, layer = {{ this.layer }}, control = {{ this.control }};
    // the control put its layer on the map; it only reads the places from it, and on the map
    // the layer's invisible points lay over the incidents' markers and took their clicks
    map.removeLayer(layer);
    // Enter (or a pick from the list) moves the map to the place and opens its incidents' popup
    control.on("search:locationfound", function (e) {
        var done = false, latlng = e.latlng;
        function open() {
            if (!done && window.__incidentmap) { done = true; window.__incidentmap.openAt(latlng); }
        }
        map.once("moveend", open);
        setTimeout(open, 800);  // no move when the place is in view already
    });
})();
{% endmacro %}
