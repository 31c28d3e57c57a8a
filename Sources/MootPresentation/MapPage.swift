import Foundation
import MootModel

/// The argument map as one self-contained HTML page (no network, no external file): the Graphviz drawing, a panel
/// that shows the selected node (text, holder, place in the article, sources, fact-check, what supports and attacks
/// it, the questions that ask about it), search, zoom and pan, a printable layout, and a plain list of every node as
/// the text alternative a screen reader follows. All text from the course is escaped.
///
/// The learner's mastery page and the class report are this page too: a `MapShading` adds its legend and each
/// node's figure to the panel and the list, and `sections` go above the map.
public enum MapPage {
    /// A part of a page above the map: a heading and HTML that moot built, every text in it through `HTMLText.escape`.
    public struct Section: Sendable {
        public var heading: String
        public var html: String

        public init(heading: String, html: String) {
            self.heading = heading
            self.html = html
        }
    }

    struct NodeData: Encodable {
        var id, kind, title, text: String
        var speaker, place, source, authority, after, check, status: String?
        var bearsOn: [String]
        var bearing: [String]
        var questions: [String]
    }

    /// A map larger than this is still written, with a note that it may be hard to read.
    static let legibleNodes = 150

    public static func html(map: ArgumentMap, svg: String, citation: Citation, questions: [Question],
                            title: String = "Argument map", shading: MapShading? = nil,
                            sections: [Section] = []) throws -> String {
        let asked = Dictionary(grouping: questions.flatMap { question in question.nodes.map { ($0, question) } }, by: \.0)
        func place(_ node: ArgumentNode) -> String? {
            guard let section = citation.section(node.section) else { return nil }
            return section.title + (node.paragraph.map { ", para. \($0) of \(section.paragraphs)" } ?? "")
        }
        func describe(_ edge: Edge, from id: String) -> String {
            let other = edge.from == id ? edge.to : edge.from
            let title = map.title(of: other) ?? other
            let together = edge.isLinked ? " (together with \(edge.premises.filter { $0 != edge.from }.compactMap(map.title(of:)).joined(separator: ", ")))" : ""
            return edge.from == id ? "\(edge.kind.verb) \(title)\(together)" : "\(edge.kind.passive) \(title)\(together)"
        }
        func status(_ id: String) -> String? { shading.map { $0.status[id] ?? $0.outside } }
        let nodes = map.nodes.map { node in
            NodeData(id: node.id, kind: node.kindLabel, title: node.title, text: node.text, speaker: node.speaker,
                     place: place(node), source: node.source, authority: node.authority, after: node.after,
                     check: node.check.map { "\($0.verdict): \($0.finding) (\($0.source), \($0.date))" },
                     status: status(node.id),
                     bearsOn: map.edges(from: node.id).map { describe($0, from: node.id) },
                     bearing: map.edges(to: node.id).map { describe($0, from: node.id) },
                     questions: (asked[node.id] ?? []).map { "\($0.1.id): \($0.1.prompt)" })
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let data = HTMLText.scriptData(String(decoding: try encoder.encode(nodes), as: UTF8.self))
        let drawing = svg.range(of: "<svg").map { String(svg[$0.lowerBound...]) } ?? ""
        let list = map.nodes.map { node in
            "<li><button type=\"button\" data-node=\"\(escape(node.id))\">\(escape(node.kindLabel)): \(escape(node.title))</button>"
                + (status(node.id).map { " <span class=\"status\">\(escape($0))</span>" } ?? "") + "</li>"
        }.joined(separator: "\n")
        let note = map.nodes.count > legibleNodes
            ? "<p class=\"note\" role=\"note\">This map has \(map.nodes.count) nodes, too many to draw legibly: use search or the list.</p>" : ""
        let above = sections.map { "<section><h2>\(escape($0.heading))</h2>\n\($0.html)\n</section>" }.joined(separator: "\n")
        return HTMLText.fill(template, [
            "TITLE": escape(title), "CITATION": escape(citation.formatted), "NOTE": note,
            "LEGEND": shading.map(legend) ?? "",
            "SECTIONS": above.isEmpty ? "" : "<div id=\"sections\">\n\(above)\n</div>",
            "MEASURE": escape(shading?.title ?? ""), "LIST": list, "SVG": drawing, "DATA": data,
        ])
    }

    /// The shading's colours with their words, the same ones the drawing uses.
    static func legend(_ shading: MapShading) -> String {
        let swatches = shading.bands.map { (label: $0.label, colour: $0.colour, dashed: false) }
            + [(label: shading.outside, colour: MapShading.outsideColour, dashed: true)]
        return "<p id=\"legend\"><strong>\(escape(shading.title)):</strong> " + swatches.map {
            "<span class=\"swatch\"><span class=\"chip\(($0.dashed ? " outside" : ""))\" style=\"background:\(escape($0.colour))\"></span>\(escape($0.label))</span>"
        }.joined(separator: " ")
            + (shading.markLabel.map { "<span class=\"swatch\"><span class=\"chip marked\"></span>\(escape($0))</span>" } ?? "")
            + " <span class=\"status\">Shapes: rounded box claim or premise (dashed: unstated), note evidence, tab authority, "
            + "hexagon objection or counterargument, octagon reply; red lines attack, green answer, black support.</span></p>"
    }

    static func escape(_ text: String) -> String { HTMLText.escape(text) }

    static let template = #"""
    <!DOCTYPE html>
    <html lang="en">
    <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>{{TITLE}}</title>
    <style>
    body { font: 15px/1.45 system-ui, sans-serif; margin: 0; }
    #mapgrid { display: grid; grid-template-columns: 1fr 26rem; height: calc(100vh - 4.5rem); min-height: 28rem; border-top: 1px solid #ccc; }
    #sections { padding: 0 1rem 1rem; } #sections section { margin-top: 1rem; } #sections h2 { font-size: 1.05rem; margin: .5rem 0; }
    #legend { margin: 0; font-size: .85rem; } .swatch { margin-right: .8rem; white-space: nowrap; }
    .chip { display: inline-block; width: .9rem; height: .9rem; border: 1px solid #555; vertical-align: -.15rem; margin-right: .3rem; } .chip.outside { border-style: dashed; } .chip.marked { border: 3px solid #b02a37; }
    .status { color: #444; font-size: .8rem; } .chart { max-width: 100%; height: auto; display: block; margin: .5rem 0; }
    table { border-collapse: collapse; font-size: .85rem; } td, th { text-align: left; vertical-align: top; padding: .2rem .6rem; border-bottom: 1px solid #ddd; }
    header { padding: .5rem 1rem; display: flex; gap: 1rem; align-items: center; flex-wrap: wrap; }
    header h1 { font-size: 1.1rem; margin: 0; } header p { margin: 0; color: #555; font-size: .85rem; }
    #view { overflow: hidden; position: relative; cursor: grab; background: #fafafa; }
    #view svg { transform-origin: 0 0; }
    #panel { overflow: auto; padding: 1rem; border-left: 1px solid #ccc; }
    #panel h2 { font-size: 1.05rem; margin-top: 0; } .kind { color: #555; text-transform: uppercase; font-size: .75rem; letter-spacing: .05em; }
    g.node { cursor: pointer; } g.node.selected path, g.node.selected polygon { stroke: #d63384; stroke-width: 4; }
    g.node.match path, g.node.match polygon { stroke: #fd7e14; stroke-width: 4; } g.node.dim { opacity: .25; }
    g.node:focus { outline: none; } g.node:focus path, g.node:focus polygon { stroke: #0d6efd; stroke-width: 4; }
    .note { background: #fff3cd; padding: .3rem .6rem; margin: 0; }
    details { margin-top: 1rem; } #nodes { columns: 2; font-size: .85rem; } #nodes button { all: unset; cursor: pointer; color: #0a58ca; }
    @media print { #mapgrid { display: block; height: auto; } #panel, #controls, #view { border: 0; overflow: visible; } #view svg { transform: none !important; width: 100%; height: auto; } #controls { display: none; } details { display: block; } }
    </style>
    </head>
    <body>
    <header>
    <h1>{{TITLE}}</h1><p>{{CITATION}}</p>
    <div id="controls">
    <label>Search <input id="search" type="search" placeholder="words in a node" aria-controls="view"></label>
    <button type="button" id="zoom-in" aria-label="Zoom in">+</button><button type="button" id="zoom-out" aria-label="Zoom out">−</button><button type="button" id="fit">Fit</button>
    <span id="found" aria-live="polite"></span>
    </div>
    {{NOTE}}
    {{LEGEND}}
    </header>
    {{SECTIONS}}
    <div id="mapgrid">
    <main id="view" aria-label="The argument map as a drawing; every node is also in the list beside it">{{SVG}}</main>
    <aside id="panel" aria-live="polite" data-measure="{{MEASURE}}">
    <div id="detail"><p>Select a node (click it, or Tab to it and press Enter) to read it here.</p></div>
    <details open><summary>Every node</summary><ul id="nodes">{{LIST}}</ul></details>
    </aside>
    </div>
    <script type="application/json" id="map-data">{{DATA}}</script>
    <script>
    (function () {
      "use strict";
      var nodes = JSON.parse(document.getElementById("map-data").textContent), measure = document.getElementById("panel").getAttribute("data-measure");
      var byId = {}; nodes.forEach(function (n) { byId[n.id] = n; });
      var svg = document.querySelector("#view svg"), view = document.getElementById("view");
      var scale = 1, x = 0, y = 0;
      function apply() { if (svg) svg.style.transform = "translate(" + x + "px," + y + "px) scale(" + scale + ")"; }
      function fit() { if (!svg) return; var box = svg.getBBox ? svg.getBoundingClientRect() : null; scale = 1; x = 0; y = 0; apply();
        box = svg.getBoundingClientRect(); var s = Math.min(view.clientWidth / box.width, view.clientHeight / box.height, 1); scale = s > 0 ? s : 1; apply(); }
      function text(tag, content, cls) { var e = document.createElement(tag); e.textContent = content; if (cls) e.className = cls; return e; }
      function section(title, items) { if (!items || !items.length) return null; var d = document.createElement("div");
        d.appendChild(text("h3", title)); var ul = document.createElement("ul"); items.forEach(function (i) { ul.appendChild(text("li", i)); }); d.appendChild(ul); return d; }
      function groupOf(id) { return document.getElementById("node-" + id); }
      function select(id) {
        var n = byId[id]; if (!n) return;
        document.querySelectorAll("g.node.selected").forEach(function (g) { g.classList.remove("selected"); });
        var g = groupOf(id); if (g) g.classList.add("selected");
        var detail = document.getElementById("detail"); detail.textContent = "";
        detail.appendChild(text("p", n.kind, "kind")); detail.appendChild(text("h2", n.title));
        if (n.status) { var st = document.createElement("p"); st.className = "measure"; st.appendChild(text("strong", measure + ": ")); st.appendChild(document.createTextNode(n.status)); detail.appendChild(st); }
        detail.appendChild(text("p", n.text));
        [["Held by", n.speaker], ["In the article", n.place], ["Authority", n.authority], ["Source", n.source], ["After the article", n.after], ["Fact-check", n.check]]
          .forEach(function (p) { if (p[1]) { var e = document.createElement("p"); e.appendChild(text("strong", p[0] + ": ")); e.appendChild(document.createTextNode(p[1])); detail.appendChild(e); } });
        [["It", n.bearsOn], ["What bears on it", n.bearing], ["Questions that ask about it", n.questions]].forEach(function (s) {
          var e = section(s[0], s[1]); if (e) detail.appendChild(e); });
        history.replaceState(null, "", "#" + encodeURIComponent(id));
      }
      document.querySelectorAll("g.node").forEach(function (g) {
        var id = g.id.replace(/^node-/, ""); var n = byId[id]; if (!n) return;
        g.setAttribute("tabindex", "0"); g.setAttribute("role", "button"); g.setAttribute("aria-label", n.kind + ": " + n.title + (n.status ? " (" + n.status + ")" : ""));
        g.addEventListener("click", function () { select(id); });
        g.addEventListener("keydown", function (e) { if (e.key === "Enter" || e.key === " ") { e.preventDefault(); select(id); } });
      });
      document.querySelectorAll("#nodes button").forEach(function (b) { b.addEventListener("click", function () { select(b.getAttribute("data-node")); var g = groupOf(b.getAttribute("data-node")); if (g) g.focus(); }); });
      document.getElementById("search").addEventListener("input", function (e) {
        var q = e.target.value.trim().toLowerCase(), count = 0;
        nodes.forEach(function (n) { var g = groupOf(n.id); if (!g) return; var hit = q && (n.title + " " + n.text + " " + n.id).toLowerCase().indexOf(q) >= 0;
          if (hit) count++; g.classList.toggle("match", !!hit); g.classList.toggle("dim", !!q && !hit); });
        document.getElementById("found").textContent = q ? count + " found" : "";
      });
      document.getElementById("zoom-in").onclick = function () { scale *= 1.25; apply(); };
      document.getElementById("zoom-out").onclick = function () { scale /= 1.25; apply(); };
      document.getElementById("fit").onclick = fit;
      view.addEventListener("wheel", function (e) { e.preventDefault(); scale *= e.deltaY < 0 ? 1.1 : 1 / 1.1; apply(); }, { passive: false });
      var drag = null;
      view.addEventListener("pointerdown", function (e) { if (e.target.closest && e.target.closest("g.node")) return; drag = { x: e.clientX - x, y: e.clientY - y }; });
      window.addEventListener("pointermove", function (e) { if (drag) { x = e.clientX - drag.x; y = e.clientY - drag.y; apply(); } });
      window.addEventListener("pointerup", function () { drag = null; });
      fit();
      if (location.hash) select(decodeURIComponent(location.hash.slice(1)));
    })();
    </script>
    </body>
    </html>
    """#
}
