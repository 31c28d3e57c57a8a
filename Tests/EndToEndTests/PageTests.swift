import Foundation
import Testing

/// Every page in a real browser (headless Chromium from Debian's `chromium`): the map, a learner's mastery and the
/// class report. The script runs without errors, the DOM holds every node and every question, selecting a node fills
/// the panel, no text from content or submissions becomes markup, and a screenshot of each is left in .build/screenshots.
@Suite struct PageTests {
    static let screenshots = Paths.repository.appendingPathComponent(".build/screenshots")

    static func chromium(_ arguments: [String]) throws -> (stdout: String, stderr: String, status: Int32) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                             "--enable-logging=stderr", "--v=0", "--virtual-time-budget=4000"] + arguments
        // The log goes to a file, so neither pipe can fill while the other is read.
        let log = try Paths.scratch().appendingPathComponent("chromium.log")
        FileManager.default.createFile(atPath: log.path, contents: nil)
        let output = Pipe(), errors = try FileHandle(forWritingTo: log)
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let errorData = (try? Data(contentsOf: log)) ?? Data()
        return (String(decoding: data, as: UTF8.self), String(decoding: errorData, as: UTF8.self), process.terminationStatus)
    }

    @Test func theMapPageWorksInABrowser() throws {
        let page = try runMoot(["map", "--format", "html"])
        #expect(page.status == 0, "\(page.stderr)")
        #expect(page.stdout.utf8.count < 1_000_000, "the full map page stays under 1 MB")
        Self.expectSelfContained(page.stdout)
        let file = try Paths.scratch().appendingPathComponent("map.html")
        try page.stdout.write(to: file, atomically: true, encoding: .utf8)
        let ids = try Self.nodeIDs()
        #expect(ids.count > 50)

        let dom = try Self.dom(file, fragment: "#e-murders-per-day")
        for node in ids {
            #expect(dom.contains("id=\"node-\(node)\" class=\"node"), "\(node) is in the DOM")
        }
        #expect(dom.components(separatedBy: "tabindex=\"0\" role=\"button\"").count - 1 == ids.count,
                "the script made every node focusable and selectable")
        #expect(dom.contains("id=\"node-e-murders-per-day\" class=\"node selected\""))
        #expect(dom.contains("<h2>125 to 150 murders a day, 2021–2024</h2>"), "selecting a node shows its panel")
        #expect(dom.contains("In the article: </strong>Self-Help (Unable or Unwilling), para. 4 of 4"))
        try Self.screenshot(file, as: "map.png", fragment: "#c-self-help")
    }

    /// Loads `file` (at `fragment`, which selects a node) and returns the DOM after the script ran; the browser's
    /// console must hold no uncaught error.
    static func dom(_ file: URL, fragment: String = "") throws -> String {
        let dom = try chromium(["--dump-dom", file.absoluteString + fragment])
        #expect(dom.status == 0, "chromium must be installed: apt-get install chromium")
        #expect(!dom.stderr.contains("Uncaught"), "console: \(dom.stderr.split(separator: "\n").filter { $0.contains("CONSOLE") })")
        return dom.stdout
    }

    /// A screenshot a person can look at, in .build/screenshots.
    static func screenshot(_ file: URL, as name: String, fragment: String = "", size: String = "1600,1000") throws {
        try FileManager.default.createDirectory(at: screenshots, withIntermediateDirectories: true)
        let shot = screenshots.appendingPathComponent(name)
        try? FileManager.default.removeItem(at: shot)
        _ = try chromium(["--window-size=\(size)", "--screenshot=\(shot.path)", file.absoluteString + fragment])
        #expect(FileManager.default.fileExists(atPath: shot.path))
    }

    /// Nothing the page would fetch: no external script, style sheet, image or frame.
    static func expectSelfContained(_ page: String) {
        for fetch in ["<script src", "<link", "src=\"http", "href=\"http", "url(", "<iframe", "@import"] {
            #expect(!page.contains(fetch), "the page fetches nothing (\(fetch))")
        }
    }

    static let hostile = "<img src=x onerror=alert(1)></script><script>alert(2)</script>"
    static let escapedHostile = "&lt;img src=x onerror=alert(1)&gt;&lt;/script&gt;&lt;script&gt;alert(2)&lt;/script&gt;"

    static func nodeIDs() throws -> [String] {
        let nodes = try runMoot(["map", "--format", "json"]).stdout
        let records = (try JSONSerialization.jsonObject(with: Data(nodes.utf8)) as? [String: Any])?["nodes"] as? [[String: Any]] ?? []
        return records.compactMap { $0["id"] as? String }
    }

    @Test func theMasteryPageShowsRecallOnTheMapAndNodesNotMetAsNotMet() throws {
        let state = try Paths.scratch()
        // Lesson 1 as a learner does it: one right answer, the rest skipped (missed).
        _ = try runMoot(["--learner", Self.hostile, "--new-learner"],
                        input: "start 1\nno legal authority\nskip\nColby Jenkins\nskip\nskip\nquit\n", state: state)
        let progress = try runMoot(["progress", "--learner", Self.hostile, "--json"], state: state)
        let report = try #require(try JSONSerialization.jsonObject(with: Data(progress.stdout.utf8)) as? [String: Any])
        let met = (report["nodes"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
        let missed = report["missedQuestions"] as? [String] ?? []
        #expect(!met.isEmpty && !missed.isEmpty, "\(progress.stdout) \(progress.stderr)")

        let page = try runMoot(["progress", "--learner", Self.hostile, "--html"], state: state)
        #expect(page.status == 0, "\(page.stderr)")
        #expect(page.stdout.utf8.count < 1_000_000, "\(page.stdout.utf8.count) bytes")
        Self.expectSelfContained(page.stdout)
        let file = state.appendingPathComponent("me.html")
        try page.stdout.write(to: file, atomically: true, encoding: .utf8)
        let ids = try Self.nodeIDs()
        let dom = try Self.dom(file, fragment: "#" + met[0])
        for node in ids { #expect(dom.contains("id=\"node-\(node)\" class=\"node"), "\(node) is in the DOM") }
        #expect(dom.components(separatedBy: "<span class=\"status\">not met yet</span>").count - 1 == ids.count - met.count,
                "every node not met says so in the list")
        #expect(dom.components(separatedBy: "<span class=\"status\">recall ").count - 1 == met.count)
        #expect(dom.contains("<strong>Recall now (FSRS): </strong>recall "), "the selected node's panel gives its recall")
        for question in missed { #expect(dom.contains("<strong>\(question)</strong>:"), "missed \(question) is listed") }
        #expect(!dom.contains("<img") && dom.contains(Self.escapedHostile + ": mastery"), "the learner's name is text")
        let unmet = try #require(ids.first { !met.contains($0) })
        #expect(try Self.dom(file, fragment: "#" + unmet).contains("<strong>Recall now (FSRS): </strong>not met yet"))
        try Self.screenshot(file, as: "mastery.png", fragment: "#" + met[0], size: "1600,1800")
    }

    /// A class of twelve who answer more questions right the stronger they are, plus a duplicate, another version,
    /// one over time, a hostile name and answers (on another version, so the name is in the flagged table), and a
    /// file that is not a submission.
    static func classSubmissions(state: URL) throws -> [String] {
        let taken = try runMoot(["quiz", "unit-orientation", "--student", "base"], input: String(repeating: "skip\n", count: 10), state: state)
        let path = try #require(taken.stdout.components(separatedBy: "Your submission: ").dropFirst().first.map { String($0.prefix { $0 != "\n" }) })
        let base = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: path))) as? [String: Any])
        let right = ["orientation-thesis": "The designation alone is not authority, but cross-border strikes may be lawful self-defence if a cartel uses force, or threatens imminent force, against the United States or its nationals.",
                     "orientation-testimony": "no legal authority", "orientation-designation-tf": "false",
                     "orientation-trigger": "if a cartel uses force or threatens imminent force against the United States",
                     "orientation-classify-reply": "reply", "precedent-claim": "the US has intervened militarily in Mexico before",
                     "precedent-troops": "14000", "precedent-unstated": "that the 1916 precedent still shows what international law permits now",
                     "precedent-explain": "The 1916 expedition shows the US has intervened in Mexico before. But it came before the UN Charter, so it says little about the law today."]
        let wrong = ["orientation-thesis": "Strikes in Mexico would be lawful only with the consent of the Mexican government.",
                     "orientation-designation-tf": "true", "orientation-classify-reply": "evidence", "precedent-troops": "5000",
                     "precedent-explain": "The US has intervened in Mexico before."]
        func submission(_ student: String, strength: Int, change: (inout [String: Any]) -> Void = { _ in }) throws -> String {
            var copy = base
            copy["student"] = student
            copy["responses"] = (base["responses"] as? [[String: Any]] ?? []).enumerated().map { index, response in
                var response = response
                let question = response["question"] as? String ?? ""
                response["response"] = strength >= (index * 5) % 12 ? right[question] ?? "" : wrong[question] ?? "I do not know"
                return response
            }
            change(&copy)
            let file = state.appendingPathComponent("\(student.count > 20 ? "hostile" : student).json")
            try JSONSerialization.data(withJSONObject: copy).write(to: file)
            return file.path
        }
        var files = try (0..<12).map { try submission("student-\($0)", strength: $0) }
        files.append(try submission("student-5-again", strength: 5) { $0["student"] = "student-5" })
        files.append(try submission("other", strength: 7) { $0["digest"] = String(repeating: "0", count: 32) })
        files.append(try submission("slow", strength: 9) { copy in
            let started = ISO8601DateFormatter().date(from: copy["started"] as? String ?? "") ?? Date()
            copy["started"] = ISO8601DateFormatter().string(from: started.addingTimeInterval(-40 * 60))
        })
        files.append(try submission(Self.hostile, strength: 0) { copy in
            copy["digest"] = "forged"
            copy["responses"] = (copy["responses"] as? [[String: Any]] ?? []).map { var r = $0; r["response"] = Self.hostile; return r }
        })
        let refused = state.appendingPathComponent("not-a-submission.json")
        try Data("{\(Self.hostile)".utf8).write(to: refused)
        return files + [refused.path]
    }

    @Test func theClassReportChartsTheClassAndDrawsItsMissesOnTheMap() throws {
        let state = try Paths.scratch()
        let files = try Self.classSubmissions(state: state)
        let report = state.appendingPathComponent("class.html"), csv = state.appendingPathComponent("class.csv")
        let run = try runMoot(["grade", "unit-orientation"] + files + ["--csv", csv.path, "--report", report.path], state: state)
        #expect(run.status == 1, "one file is refused")
        #expect(FileManager.default.fileExists(atPath: csv.path), "the CSV is still written beside the report")
        #expect(run.stdout.contains("% met Incursions into Mexico are nothing new (c-precedent, weight 1)"), "the essay rubric per criterion")
        let size = try #require(try FileManager.default.attributesOfItem(atPath: report.path)[.size] as? Int)
        #expect(size < 1_000_000, "\(size) bytes")
        Self.expectSelfContained(try String(contentsOf: report, encoding: .utf8))

        let dom = try Self.dom(report, fragment: "#c-precedent")
        for question in ["orientation-thesis", "orientation-testimony", "orientation-designation-tf", "orientation-trigger",
                         "orientation-classify-reply", "precedent-claim", "precedent-troops", "precedent-unstated", "precedent-explain"] {
            #expect(dom.contains("<tr data-question=\"\(question)\">"), "\(question) has its row")
        }
        #expect(dom.components(separatedBy: "<tr data-question=").count - 1 == 9, "every question of the quiz, no other")
        #expect(dom.components(separatedBy: "<rect class=\"bar\"").count - 1 == 10)
        #expect(dom.components(separatedBy: "<rect class=\"facility\"").count - 1 == 9)
        #expect(dom.components(separatedBy: "<rect class=\"criterion\"").count - 1 == 2)
        #expect(dom.contains("16 submissions graded, 1 refused"))
        for flag in ["duplicate: student-5 submitted again", "other version of the quiz", "over time (40 of 15 minutes)"] {
            #expect(dom.contains(flag), "\(flag)")
        }
        #expect(dom.contains("<strong>Share of students who missed it: </strong>missed by "), "the selected node's panel")
        #expect(dom.contains("id=\"node-c-precedent\" class=\"node selected\""))
        #expect(!dom.contains("<img") && !dom.contains("<script>alert"), "no name or answer became markup")
        #expect(dom.contains("<td>\(Self.escapedHostile)</td>"), "the hostile name is shown as text")
        try Self.screenshot(report, as: "class.png", fragment: "#c-precedent", size: "1400,2600")

        let empty = state.appendingPathComponent("empty.html")
        let none = try runMoot(["grade", "unit-orientation", files.last!, "--report", empty.path], state: state)
        #expect(none.status == 1)
        let emptyDOM = try Self.dom(empty)
        #expect(emptyDOM.contains("No submission could be graded"))
        #expect(!emptyDOM.contains("<svg") && !emptyDOM.contains("<img"))
        try Self.screenshot(empty, as: "class-empty.png", size: "1200,500")
    }

    @Test func hostileNodeTextStaysTextOnTheMapPage() throws {
        let root = try Paths.scratch()
        try FileManager.default.copyItem(at: Paths.repository.appendingPathComponent("Lessons"), to: root.appendingPathComponent("Lessons"))
        let mapFile = root.appendingPathComponent("Lessons/argument-map.yaml")
        let map = try String(contentsOf: mapFile, encoding: .utf8)
        try map.replacingOccurrences(of: "title: Incursions into Mexico are nothing new", with: "title: '\(Self.hostile)'")
            .write(to: mapFile, atomically: true, encoding: .utf8)
        let page = try runMoot(["map", "--format", "html", "--content", root.path])
        #expect(page.status == 0, "\(page.stderr)")
        let file = root.appendingPathComponent("map.html")
        try page.stdout.write(to: file, atomically: true, encoding: .utf8)
        let dom = try Self.dom(file, fragment: "#c-precedent")
        #expect(!dom.contains("<img") && !dom.contains("<script>alert"))
        #expect(dom.contains("<h2>\(Self.escapedHostile)</h2>"), "the panel shows the title as text")
    }
}
