import Foundation
import Testing

/// The map page in a real browser (headless Chromium from Debian's `chromium`): the script runs without errors,
/// the DOM holds every node, selecting a node fills the panel, and a screenshot is left in .build/screenshots.
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
        #expect(!page.stdout.contains("http://") || !page.stdout.contains("<script src"), "no external script")
        let file = try Paths.scratch().appendingPathComponent("map.html")
        try page.stdout.write(to: file, atomically: true, encoding: .utf8)
        let nodes = try runMoot(["map", "--format", "json"]).stdout
        let ids = (try JSONSerialization.jsonObject(with: Data(nodes.utf8)) as? [String: Any])?["nodes"] as? [[String: Any]] ?? []
        #expect(ids.count > 50)

        let dom = try Self.chromium(["--dump-dom", file.absoluteString + "#e-murders-per-day"])
        #expect(dom.status == 0, "chromium must be installed: apt-get install chromium")
        #expect(!dom.stderr.contains("Uncaught"), "console: \(dom.stderr.split(separator: "\n").filter { $0.contains("CONSOLE") })")
        for node in ids.compactMap({ $0["id"] as? String }) {
            #expect(dom.stdout.contains("id=\"node-\(node)\" class=\"node"), "\(node) is in the DOM")
        }
        #expect(dom.stdout.components(separatedBy: "tabindex=\"0\" role=\"button\"").count - 1 == ids.count,
                "the script made every node focusable and selectable")
        #expect(dom.stdout.contains("id=\"node-e-murders-per-day\" class=\"node selected\""))
        #expect(dom.stdout.contains("<h2>125 to 150 murders a day, 2021–2024</h2>"), "selecting a node shows its panel")
        #expect(dom.stdout.contains("In the article: </strong>Self-Help (Unable or Unwilling), para. 4 of 4"))

        try FileManager.default.createDirectory(at: Self.screenshots, withIntermediateDirectories: true)
        let shot = Self.screenshots.appendingPathComponent("map.png")
        try? FileManager.default.removeItem(at: shot)
        _ = try Self.chromium(["--window-size=1600,1000", "--screenshot=\(shot.path)", file.absoluteString + "#c-self-help"])
        #expect(FileManager.default.fileExists(atPath: shot.path))
    }
}
