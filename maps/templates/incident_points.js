{% macro script(this, kwargs) %}
(function () {
    var points = {{ this.points }};
    var group = {{ this._parent.get_name() }};
    var rings = {{ this.rings }};
    var ringKm = {{ this.ring_km }};
    points.forEach(function (p) {
        var precise = p[2] === 1;
        var marker = L.circleMarker([p[0], p[1]], {
            radius: 7, weight: 2, color: "{{ this.colour }}", fillColor: "{{ this.colour }}",
            fillOpacity: precise ? 0.85 : 0.35, dashArray: precise ? null : "4 3"
        });
        marker.bindPopup(p[3], {maxWidth: 380});
        marker.bindTooltip(p[4]);
        group.addLayer(marker);
        if (!precise && rings && ringKm[p[2]]) {
            L.circle([p[0], p[1]], {
                radius: ringKm[p[2]] * 1000, color: "{{ this.colour }}", weight: 1,
                dashArray: "4 4", fill: false, interactive: false
            }).addTo(rings);
        }
    });
})();
{% endmacro %}
