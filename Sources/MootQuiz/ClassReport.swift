import Foundation
import MootModel
import MootPresentation
import MootSupport

/// The instructor's class report, one self-contained HTML page beside the gradebook CSV: the score distribution,
/// facility and discrimination per question with the most-chosen wrong options, the share meeting each essay
/// criterion, the flagged and refused submissions, and the map page with each node coloured by the share of students
/// who missed it. Every name, file, answer and content text is escaped; with no graded submission the page says so
/// and draws no chart.
extension Gradebook {
    /// Nodes the quiz asks about, by the share of students who missed them; nodes it does not ask about are outside.
    public var missShading: MapShading {
        var band: [String: Int] = [:], status: [String: String] = [:]
        for node in nodeMisses {
            band[node.node] = min(3, Int(node.share * 4))
            status[node.node] = "missed by \(node.missed) of \(node.asked) student\(node.asked == 1 ? "" : "s") (\(Self.percent(node.share)))"
        }
        let labels = ["missed by under 25 %", "25–50 %", "50–75 %", "75 % or more"]
        return MapShading(title: "Share of students who missed it",
                          bands: zip(labels, MapShading.scale).map { MapShading.Band(label: $0, colour: $1) },
                          outside: "not asked in this quiz", band: band, status: status)
    }

    /// The part of the map the report draws: the nodes the quiz asks about and their neighbours, so the drawing
    /// stays legible however large the whole map is.
    public func reportMap(_ map: ArgumentMap) -> ArgumentMap {
        map.neighbourhood(of: Set(quiz.items.flatMap(\.question.nodes)), radius: 1)
    }

    /// The page. `svg` is `reportMap` drawn with `missShading`; it is not used when no submission could be graded.
    public func report(course: Course, svg: String) throws -> String {
        let title = "Class report: \(quiz.title) (\(quiz.id))"
        guard !rows.isEmpty else { return emptyReport(title: title, citation: course.citation) }
        return try MapPage.html(map: reportMap(course.map), svg: svg, citation: course.citation, questions: quiz.items.map(\.question),
                                title: title, shading: missShading,
                                sections: [summary, distribution, questions] + rubrics + [flagged])
    }

    static func percent(_ share: Double) -> String { "\(Int((share * 100).rounded())) %" }
    static func escape(_ text: String) -> String { HTMLText.escape(text) }

    var summary: MapPage.Section {
        let percents = rows.map(\.percent).sorted()
        let middle = percents.count / 2
        let median = percents.count % 2 == 1 ? percents[middle] : (percents[middle - 1] + percents[middle]) / 2
        let passed = rows.filter(\.passed).count
        let html = "<p>\(rows.count) submission\(rows.count == 1 ? "" : "s") graded, \(refusals.count) refused; "
            + "mean \(NumberFormat.twoDecimals(percents.reduce(0, +) / Double(percents.count))) %, median \(NumberFormat.twoDecimals(median)) %, "
            + "lowest \(NumberFormat.twoDecimals(percents.first ?? 0)) %, highest \(NumberFormat.twoDecimals(percents.last ?? 0)) %; "
            + "\(passed) passed (pass mark \(NumberFormat.plain(quiz.passPercent)) % of \(NumberFormat.plain(quiz.totalPoints)) points). "
            + "Every response was graded again here; scores in the files were ignored.</p>"
        return MapPage.Section(heading: "Summary", html: html)
    }

    var distribution: MapPage.Section {
        MapPage.Section(heading: "Score distribution", html: ReportCharts.histogram(percents: rows.map(\.percent), passPercent: quiz.passPercent))
    }

    var questions: MapPage.Section {
        let statistics = itemStatistics
        let chart = ReportCharts.items(statistics.map { ($0.question.id, $0.facility, $0.discrimination) })
        let table = "<table id=\"items\"><thead><tr><th>question</th><th>answered</th><th>correct</th><th>discrimination</th><th>most chosen wrong</th></tr></thead><tbody>"
            + statistics.map { item in
                let wrong = item.wrongOptions.isEmpty ? "—"
                    : item.wrongOptions.map { "“\(Self.escape($0.text))” ×\($0.count)" }.joined(separator: "<br>")
                let name = "<td><strong>\(Self.escape(item.question.id))</strong><br><span class=\"status\">\(Self.escape(item.question.prompt))</span></td>"
                let figures = "<td>\(item.answered)</td><td>\(Self.percent(item.facility))</td><td>\(String(format: "%+.2f", item.discrimination))</td>"
                return "<tr data-question=\"\(Self.escape(item.question.id))\">" + name + figures + "<td>" + wrong + "</td></tr>"
            }.joined(separator: "\n") + "</tbody></table>"
        let key = "<p class=\"status\">The map below shows the part of the argument this quiz asks about, each node with its neighbours. Most chosen wrong: for choice questions, the options picked by students who got the question wrong. "
            + "Discrimination: share correct among the top 27 % of students by total minus among the bottom 27 %; "
            + "under 0.2 (orange) an item tells strong from weak students apart poorly, under 0 (red) weak students did better.</p>"
        return MapPage.Section(heading: "Questions: facility and discrimination", html: chart + "\n" + key + "\n" + table)
    }

    var rubrics: [MapPage.Section] {
        itemStatistics.filter { !$0.criteria.isEmpty }.map { item in
            let share = { (criterion: ItemStatistics.Criterion) in item.answered == 0 ? 0 : Double(criterion.met) / Double(item.answered) }
            let chart = ReportCharts.criteria(item.criteria.map { ($0.title, share($0)) })
            let list = "<ul>" + item.criteria.map {
                "<li>\(Self.escape($0.title)) <span class=\"status\">(\(Self.escape($0.node)), weight \(NumberFormat.plain($0.weight)))</span>: met by \($0.met) of \(item.answered) (\(Self.percent(share($0))))</li>"
            }.joined() + "</ul>"
            return MapPage.Section(heading: "Essay rubric: \(item.question.id)",
                                   html: "<p>\(Self.escape(item.question.prompt))</p>\n" + chart + "\n" + list)
        }
    }

    var flagged: MapPage.Section {
        let rowsFlagged = rows.filter { !$0.flags.isEmpty }
        var html = rowsFlagged.isEmpty ? "<p>No graded submission was flagged.</p>"
            : "<table id=\"flagged\"><thead><tr><th>student</th><th>file</th><th>flags</th></tr></thead><tbody>" + rowsFlagged.map {
                "<tr><td>\(Self.escape($0.student))</td><td>\(Self.escape($0.file))</td><td>\($0.flags.map(Self.escape).joined(separator: "<br>"))</td></tr>"
            }.joined(separator: "\n") + "</tbody></table>"
        html += Self.refusalTable(refusals)
        return MapPage.Section(heading: "Flagged submissions", html: html)
    }

    static func refusalTable(_ refusals: [Refusal]) -> String {
        refusals.isEmpty ? "" : "<h3>Refused (not graded)</h3><table id=\"refused\"><thead><tr><th>file</th><th>why</th></tr></thead><tbody>"
            + refusals.map { "<tr><td>\(escape($0.file))</td><td>\(escape($0.reason))</td></tr>" }.joined(separator: "\n") + "</tbody></table>"
    }

    /// No chart to draw: the page says so and lists what was refused and why.
    func emptyReport(title: String, citation: Citation) -> String {
        """
        <!DOCTYPE html>
        <html lang="en">
        <head><meta charset="utf-8"><title>\(Self.escape(title))</title>
        <style>body { font: 15px/1.45 system-ui, sans-serif; margin: 1rem; } td, th { text-align: left; padding: .2rem .6rem; vertical-align: top; }</style></head>
        <body>
        <h1>\(Self.escape(title))</h1><p>\(Self.escape(citation.formatted))</p>
        <p id="no-submission" role="note"><strong>No submission could be graded</strong>, so there is no score distribution, item analysis or map to draw.
        \(refusals.isEmpty ? "No submission file was given or readable." : "Every file was refused:")</p>
        \(Self.refusalTable(refusals))
        </body>
        </html>

        """
    }
}
