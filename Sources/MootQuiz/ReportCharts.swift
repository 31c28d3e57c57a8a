import Foundation
import MootPresentation
import MootSupport

/// The class report's charts as inline SVG (no script, no external file): each has a title for screen readers and
/// a table beside it on the page with the same figures. Every label goes through `HTMLText.escape`.
enum ReportCharts {
    static func escape(_ text: String) -> String { HTMLText.escape(text) }
    static func number(_ value: Double) -> String { String(format: "%.1f", value) }

    /// Students per score band of ten percentage points (the last band holds 100 %), with the pass mark drawn.
    static func histogram(percents: [Double], passPercent: Double) -> String {
        var counts = Array(repeating: 0, count: 10)
        for percent in percents { counts[min(9, max(0, Int(percent / 10)))] += 1 }
        let width = 560.0, height = 220.0, left = 36.0, bottom = 36.0, top = 12.0
        let plotWidth = width - left - 12, plotHeight = height - bottom - top
        let highest = Double(max(1, counts.max() ?? 1)), barWidth = plotWidth / 10
        var parts = ["<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" width=\"\(Int(width))\" height=\"\(Int(height))\">",
                     "<title>Score distribution: " + counts.enumerated().map { "\($0.offset * 10)–\($0.offset == 9 ? 100 : $0.offset * 10 + 9) %: \($0.element)" }.joined(separator: ", ") + "</title>"]
        for (index, count) in counts.enumerated() {
            let barHeight = Double(count) / highest * plotHeight
            let x = left + Double(index) * barWidth, y = top + plotHeight - barHeight
            parts.append("<rect class=\"bar\" x=\"\(number(x + 2))\" y=\"\(number(y))\" width=\"\(number(barWidth - 4))\" height=\"\(number(barHeight))\" fill=\"#6c8ebf\"/>")
            if count > 0 {
                parts.append("<text x=\"\(number(x + barWidth / 2))\" y=\"\(number(y - 2))\" text-anchor=\"middle\" font-size=\"11\">\(count)</text>")
            }
            parts.append("<text x=\"\(number(x + barWidth / 2))\" y=\"\(number(top + plotHeight + 14))\" text-anchor=\"middle\" font-size=\"10\">\(index * 10)–\(index == 9 ? 100 : index * 10 + 9)</text>")
        }
        let pass = left + min(100, max(0, passPercent)) / 100 * plotWidth
        parts.append("<line x1=\"\(number(pass))\" x2=\"\(number(pass))\" y1=\"\(number(top))\" y2=\"\(number(top + plotHeight))\" stroke=\"#b02a37\" stroke-dasharray=\"4 3\"/>")
        parts.append("<text x=\"\(number(pass + 3))\" y=\"\(number(top + 10))\" font-size=\"10\" fill=\"#b02a37\">pass \(NumberFormat.plain(passPercent)) %</text>")
        parts.append("<line x1=\"\(left)\" x2=\"\(left + plotWidth)\" y1=\"\(top + plotHeight)\" y2=\"\(top + plotHeight)\" stroke=\"#333\"/>")
        parts.append("<text x=\"\(number(left + plotWidth / 2))\" y=\"\(number(height - 4))\" text-anchor=\"middle\" font-size=\"11\">score (%)</text>")
        parts.append("<text x=\"10\" y=\"\(number(top + plotHeight / 2))\" font-size=\"11\" transform=\"rotate(-90 10 \(number(top + plotHeight / 2)))\" text-anchor=\"middle\">students</text>")
        return parts.joined(separator: "\n") + "\n</svg>"
    }

    /// One row per question: facility as a bar from 0 to 100 %, discrimination as a bar either side of 0 (from −1
    /// to +1), with the usual 0.2 line below which an item tells strong from weak students apart poorly.
    static func items(_ rows: [(label: String, facility: Double, discrimination: Double)]) -> String {
        let rowHeight = 22.0, labelWidth = 230.0, barWidth = 220.0, gap = 30.0, top = 30.0
        let width = labelWidth + barWidth * 2 + gap + 20, height = top + Double(rows.count) * rowHeight + 10
        let discriminationLeft = labelWidth + barWidth + gap, zero = discriminationLeft + barWidth / 2
        var parts = ["<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" width=\"\(Int(width))\" height=\"\(Int(height))\">",
                     "<title>Facility and discrimination per question: " + rows.map {
                         "\(escape($0.label)) \(Int(($0.facility * 100).rounded())) % correct, discrimination \(String(format: "%+.2f", $0.discrimination))"
                     }.joined(separator: "; ") + "</title>",
                     "<text x=\"\(labelWidth)\" y=\"14\" font-size=\"12\" font-weight=\"bold\">Facility (share correct)</text>",
                     "<text x=\"\(discriminationLeft)\" y=\"14\" font-size=\"12\" font-weight=\"bold\">Discrimination (−1 … +1)</text>",
                     "<line x1=\"\(number(zero))\" x2=\"\(number(zero))\" y1=\"\(top - 8)\" y2=\"\(number(height - 6))\" stroke=\"#333\"/>",
                     "<line x1=\"\(number(zero + 0.2 * barWidth / 2))\" x2=\"\(number(zero + 0.2 * barWidth / 2))\" y1=\"\(top - 8)\" y2=\"\(number(height - 6))\" stroke=\"#999\" stroke-dasharray=\"3 3\"/>",
                     "<text x=\"\(number(zero + 0.2 * barWidth / 2 + 2))\" y=\"\(number(height - 1))\" font-size=\"9\" fill=\"#666\">0.2</text>"]
        for (index, row) in rows.enumerated() {
            let y = top + Double(index) * rowHeight
            let discrimination = min(1, max(-1, row.discrimination))
            let length = abs(discrimination) * barWidth / 2
            let colour = discrimination < 0 ? "#d9534f" : discrimination < 0.2 ? "#f0ad4e" : "#5cb85c"
            parts += [
                "<text x=\"\(labelWidth - 6)\" y=\"\(number(y + 14))\" text-anchor=\"end\" font-size=\"11\">\(escape(String(row.label.prefix(36))))</text>",
                "<rect x=\"\(labelWidth)\" y=\"\(number(y + 3))\" width=\"\(barWidth)\" height=\"\(rowHeight - 6)\" fill=\"#eee\"/>",
                "<rect class=\"facility\" x=\"\(labelWidth)\" y=\"\(number(y + 3))\" width=\"\(number(row.facility * barWidth))\" height=\"\(rowHeight - 6)\" fill=\"#6c8ebf\"/>",
                "<text x=\"\(number(labelWidth + 4))\" y=\"\(number(y + 15))\" font-size=\"10\">\(Int((row.facility * 100).rounded())) %</text>",
                "<rect class=\"discrimination\" x=\"\(number(discrimination < 0 ? zero - length : zero))\" y=\"\(number(y + 3))\" width=\"\(number(length))\" height=\"\(rowHeight - 6)\" fill=\"\(colour)\"/>",
                "<text x=\"\(number(discrimination < 0 ? zero + 4 : zero - 4))\" y=\"\(number(y + 15))\" font-size=\"10\" text-anchor=\"\(discrimination < 0 ? "start" : "end")\">\(String(format: "%+.2f", row.discrimination))</text>",
            ]
        }
        return parts.joined(separator: "\n") + "\n</svg>"
    }

    /// Share of the students who answered an explanation question meeting each of its rubric criteria.
    static func criteria(_ rows: [(label: String, share: Double)]) -> String {
        let rowHeight = 22.0, labelWidth = 300.0, barWidth = 260.0
        let width = labelWidth + barWidth + 50, height = Double(rows.count) * rowHeight + 6
        var parts = ["<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" width=\"\(Int(width))\" height=\"\(Int(height))\">",
                     "<title>Share meeting each criterion: " + rows.map { "\(escape($0.label)) \(Int(($0.share * 100).rounded())) %" }.joined(separator: "; ") + "</title>"]
        for (index, row) in rows.enumerated() {
            let y = Double(index) * rowHeight
            parts += [
                "<text x=\"\(labelWidth - 6)\" y=\"\(number(y + 15))\" text-anchor=\"end\" font-size=\"11\">\(escape(String(row.label.prefix(48))))</text>",
                "<rect x=\"\(labelWidth)\" y=\"\(number(y + 3))\" width=\"\(barWidth)\" height=\"\(rowHeight - 6)\" fill=\"#eee\"/>",
                "<rect class=\"criterion\" x=\"\(labelWidth)\" y=\"\(number(y + 3))\" width=\"\(number(row.share * barWidth))\" height=\"\(rowHeight - 6)\" fill=\"#8c6bb1\"/>",
                "<text x=\"\(number(labelWidth + barWidth + 4))\" y=\"\(number(y + 15))\" font-size=\"11\">\(Int((row.share * 100).rounded())) %</text>",
            ]
        }
        return parts.joined(separator: "\n") + "\n</svg>"
    }
}
