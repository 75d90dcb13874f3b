{% macro script(this, kwargs) %}
(function () {
    var rows = {{ this.points }};
    var labels = {{ this.labels }};
    var title = {{ this.title }};
    var colour = "{{ this.colour }}";
    var group = {{ this._parent.get_name() }};
    var rings = {{ this.rings }};
    var ringKm = {{ this.ring_km }};
    // rows: [lat, lon, precision, date, ...escaped popup values, sources HTML]
    function popup(p) {
        var body = "";
        for (var i = 0; i < labels.length; i++) {
            if (p[4 + i]) { body += "<tr><th>" + labels[i] + "</th><td>" + p[4 + i] + "</td></tr>"; }
        }
        return '<div class="im-popup"><h4 style="color:' + colour + '">' + title + "</h4><table>" + body +
            '</table><ol class="im-sources">' + p[4 + labels.length] + "</ol></div>";
    }
    var markers = rows.map(function (p) {
        var precise = p[2] === 1;
        var marker = L.circleMarker([p[0], p[1]], {
            radius: 7, weight: 2, color: colour, fillColor: colour,
            fillOpacity: precise ? 0.85 : 0.35, dashArray: precise ? null : "4 3"
        });
        marker.bindPopup(function () { return popup(p); }, {maxWidth: 380});
        marker.bindTooltip(title + ": " + p[5]);
        marker.incidentDate = p[3];
        if (!precise && rings && ringKm[p[2]]) {
            L.circle([p[0], p[1]], {
                radius: ringKm[p[2]] * 1000, color: colour, weight: 1, dashArray: "4 4", fill: false,
                interactive: false
            }).addTo(rings);
        }
        return marker;
    });
    if (group.addLayers) { group.addLayers(markers); } else { markers.forEach(function (m) { group.addLayer(m); }); }
    (window.__incidentmapLayers = window.__incidentmapLayers || []).push({group: group, markers: markers});
})();
{% endmacro %}
