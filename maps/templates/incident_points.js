{% macro html(this, kwargs) %}
<script type="application/json" id="{{ this.get_name() }}_data">{{ this.data }}</script>
{% endmacro %}
{% macro script(this, kwargs) %}
(function () {
    var d = JSON.parse(document.getElementById("{{ this.get_name() }}_data").textContent);
    var S = d.strings;
    var styles = {{ this.styles }};          // per type: [escaped label, colour]
    var labels = {{ this.labels }};
    var notes = {{ this.notes }};
    var ringKm = {{ this.ring_km }};
    var groups = [{{ this.groups }}];
    var cluster = {{ this.cluster }};
    var map = {{ this._parent.get_name() }};
    var rings = {{ this.rings }};
    var heat = {{ this.heat }};
    var count = d.lat.length;
    var maxSources = {{ this.max_sources }};
    // where each incident's sources start in the source table: at most maxSources each, in row order
    var firstSource = new Int32Array(count);
    for (var f = 1; f < count; f++) { firstSource[f] = firstSource[f - 1] + Math.min(d.source_count[f - 1], maxSources); }

    // the date slider's day: incidents after it are hidden from every layer (null: all dates)
    var until = null;
    function shownNow(i) { var day = S[d.date[i]]; return until === null || !day || day <= until; }

    function figure(n) { return n < 0 ? "" : n.toLocaleString("en-US"); }
    // every value below is escaped already; the markup around it is fixed
    function popupHtml(i) {
        var values = [S[d.date[i]] + S[d.date_note[i]], S[d.place[i]], S[d.resolved[i]], notes[d.precision[i]],
                      figure(d.killed[i]), figure(d.injured[i]), S[d.target[i]], S[d.weapon[i]],
                      S[d.figures[i]]];
        var body = "";
        for (var v = 0; v < labels.length; v++) {
            if (values[v]) { body += "<tr><th>" + labels[v] + "</th><td>" + values[v] + "</td></tr>"; }
        }
        var sources = "", first = firstSource[i], shown = Math.min(d.source_count[i], maxSources);
        for (var s = first; s < first + shown; s++) {
            var t = S[d.source_table[3 * s]], link = S[d.source_table[3 * s + 1]], said = S[d.source_table[3 * s + 2]];
            sources += "<li>" + (link ? '<a href="' + link + '" target="_blank" rel="noopener noreferrer">' + t + "</a>" : t) +
                ": <q>" + said + "</q></li>";
        }
        if (d.source_count[i] > shown) { sources += "<li>and " + (d.source_count[i] - shown) + " more</li>"; }
        var style = styles[d.type[i]];
        return '<div class="im-popup"><h4 style="color:' + style[1] + '">' + style[0] + "</h4><table>" + body +
            '</table><ol class="im-sources">' + sources + "</ol></div>";
    }
    function tooltipHtml(i) { return styles[d.type[i]][0] + ": " + S[d.place[i]]; }
    // incidents at the very same point: one popup lists them all, so none is hidden under another
    var byPoint = null;
    function samePoint(i) {
        if (byPoint === null) {
            byPoint = new Map();
            for (var k = 0; k < count; k++) {
                var key = d.lat[k] + "," + d.lon[k];
                var list = byPoint.get(key);
                if (list) { list.push(k); } else { byPoint.set(key, [k]); }
            }
        }
        return byPoint.get(d.lat[i] + "," + d.lon[i]);
    }
    function samePointOf(lat, lon) {
        if (byPoint === null && count) { samePoint(0); }
        return byPoint === null ? undefined : byPoint.get(lat + "," + lon);
    }
    // the incidents shown at row i's point, row i first
    function atPoint(i) {
        return [i].concat(samePoint(i).filter(function (r) { return r !== i && shownNow(r); }));
    }
    function pointPopupHtml(i) {
        var rows = atPoint(i);
        if (rows.length === 1) { return popupHtml(i); }
        var shown = rows.slice(0, {{ this.same_point_max }});
        var more = rows.length - shown.length;
        return '<div class="im-same-point"><p>' + rows.length + " incidents at this point</p>" +
            shown.map(popupHtml).join("<hr>") + (more > 0 ? "<p>and " + more + " more</p>" : "") + "</div>";
    }
    // markers at one point lie on each other: the tooltip names them all, as the popup does
    function pointTooltipHtml(i) {
        var rows = atPoint(i), shown = rows.slice(0, 5);
        return shown.map(tooltipHtml).join("<br>") + (rows.length > shown.length ? "<br>and " + (rows.length - shown.length) + " more" : "");
    }
    function openPopup(i) {
        // the map pans the popup clear of the panels, as the first view keeps the markers clear
        var pad = window.__incidentmapPadding || {topLeft: [5, 5], bottomRight: [5, 5]};
        L.popup({maxWidth: 380, maxHeight: 420, autoPanPaddingTopLeft: pad.topLeft,
                 autoPanPaddingBottomRight: pad.bottomRight})
            .setLatLng([d.lat[i], d.lon[i]]).setContent(pointPopupHtml(i)).openOn(map);
    }

    var perType = groups.map(function () { return []; });
    var all = new Array(count);
    for (var i = 0; i < count; i++) {
        var precise = d.precision[i] === 1, colour = styles[d.type[i]][1];
        var marker = L.circleMarker([d.lat[i], d.lon[i]], {
            radius: 7, weight: 2, color: colour, fillColor: colour,
            fillOpacity: precise ? 0.85 : 0.35, dashArray: precise ? null : "4 3"
        });
        marker.imRow = i;
        marker.incidentDate = S[d.date[i]];
        perType[d.type[i]].push(marker);
        all[i] = marker;
    }
    // markers added to a cluster that is on the map are clustered and drawn batch by batch;
    // off the map they wait, and are clustered once, together, when it comes back
    var shown = map.hasLayer(cluster);
    if (shown) { map.removeLayer(cluster); }
    groups.forEach(function (group, t) {
        if (group.addLayers) { group.addLayers(perType[t]); } else { perType[t].forEach(function (m) { group.addLayer(m); }); }
    });
    if (shown) { map.addLayer(cluster); }

    var tip = L.tooltip({direction: "top", offset: [0, -6]});
    cluster.on("click", function (e) {
        if (e.layer.imRow === undefined) { return; }
        openPopup(e.layer.imRow);
    });
    cluster.on("mouseover", function (e) {
        if (e.layer.imRow === undefined) { return; }
        tip.setLatLng(e.layer.getLatLng()).setContent(pointTooltipHtml(e.layer.imRow));
        map.openTooltip(tip);
    });
    cluster.on("mouseout", function () { map.closeTooltip(tip); });

    var ringOf = null;  // each row's ring (or null), made when the rings are first shown
    function drawRings() {
        if (ringOf === null) {
            ringOf = new Array(count);
            for (var i = 0; i < count; i++) {
                var km = ringKm[d.precision[i]];
                ringOf[i] = km ? L.circle([d.lat[i], d.lon[i]], {radius: km * 1000, color: styles[d.type[i]][1],
                    weight: 1, dashArray: "4 4", fill: false, interactive: false}) : null;
            }
        }
        rings.clearLayers();
        for (var r = 0; r < count; r++) { if (ringOf[r] && shownNow(r)) { rings.addLayer(ringOf[r]); } }
    }
    if (rings) {
        if ({{ this.rings_shown }}) { drawRings(); } else { rings.once("add", drawRings); }
    }
    function heatPoints() {
        var points = [];
        for (var h = 0; h < count; h++) {
            if (shownNow(h)) { points.push([d.lat[h], d.lon[h], 1 + Math.max(d.killed[h], 0) + Math.max(d.injured[h], 0)]); }
        }
        return points;
    }
    if (heat) { heat.setLatLngs(heatPoints()); }

    // the date slider calls this: markers, rings, heat and popups all keep to the chosen day
    function showUntil(day) {
        until = day;
        groups.forEach(function (group, t) {
            var keep = perType[t].filter(function (m) { return shownNow(m.imRow); });
            group.clearLayers();
            if (group.addLayers) { group.addLayers(keep); } else { keep.forEach(function (m) { group.addLayer(m); }); }
        });
        if (rings && ringOf !== null) { drawRings(); }
        if (heat) { heat.setLatLngs(heatPoints()); }
        map.closePopup();
    }
    (window.__incidentmapFilters = window.__incidentmapFilters || []).push(showUntil);
    // for tests and for whoever embeds the map: the popup and tooltip of a marker
    // the place search found a point: the popup of its incidents opens, as a click would
    function openAt(latlng) {
        var rows = samePointOf(latlng.lat, latlng.lng);
        if (rows) { openPopup(rows.filter(shownNow).concat(rows)[0]); }
    }
    window.__incidentmap = {markers: all, heat: heat, rings: rings, cluster: cluster, openAt: openAt,
                            popupHtml: function (m) { return pointPopupHtml(m.imRow); },
                            tooltipHtml: function (m) { return tooltipHtml(m.imRow); },
                            // for the place labels: the place as written (escaped), and how many incidents lie there
                            placeHtml: function (m) { return S[d.place[m.imRow]]; },
                            countAt: function (m) { return samePoint(m.imRow).length; }};
})();
{% endmacro %}
