import Foundation
import Testing

@Suite struct MapAndKindsTests {
    @Test func mapDrawsTheTreeFromTheThesis() throws {
        let run = try runMoot(["map"])
        #expect(run.status == 0)
        #expect(run.stdout.hasPrefix("Self-defence may justify strikes (the thesis, id thesis)"))
        #expect(!run.stdout.contains("[thesis]"))
        #expect(run.stdout.contains("└─ "))
        #expect(run.stdout.contains("undermined by: "))
        #expect(run.stdout.contains("rebutted by: Jenkins — no legal authority for strikes (an objection"))
        let around = try runMoot(["map", "e-cia-2018"])
        #expect(around.stdout.contains("fact-check (not-found)"))
        #expect(around.stdout.contains("→ supports: Mexico is unable or unwilling"))
        let unknown = try runMoot(["map", "e-cia-2019"])
        #expect(unknown.status == 64)
        #expect(unknown.stderr.contains("did you mean 'e-cia-2018'?"))
    }

    @Test func theDOTExportRendersWithGraphviz() throws {
        let dot = try runMoot(["map", "--format", "dot"])
        #expect(dot.status == 0)
        #expect(dot.stdout.hasPrefix("digraph argument_map {"))
        let graphviz = Process()
        graphviz.executableURL = URL(fileURLWithPath: "/usr/bin/dot")
        graphviz.arguments = ["-Tsvg"]
        let input = Pipe(), output = Pipe()
        graphviz.standardInput = input
        graphviz.standardOutput = output
        try graphviz.run()  // Graphviz is installed by the README's test command (apt-get install graphviz)
        input.fileHandleForWriting.write(Data(dot.stdout.utf8))
        try input.fileHandleForWriting.close()
        let svg = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        graphviz.waitUntilExit()
        #expect(graphviz.terminationStatus == 0)
        #expect(svg.contains("<svg"))
        #expect(svg.contains("Self&#45;defence may justify strikes") || svg.contains("Self-defence may justify strikes"))
    }

    @Test func theJSONAndArgdownExportsCarryEveryNodeAndEdge() throws {
        let json = try runMoot(["map", "--format", "json"])
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let nodes = try #require(document["nodes"] as? [[String: Any]])
        let edges = try #require(document["edges"] as? [[String: Any]])
        #expect(nodes.count >= 60)
        #expect(edges.count >= 70)
        #expect(nodes.contains { $0["id"] as? String == "thesis" && $0["main"] as? Bool == true })
        let argdown = try runMoot(["map", "--format", "argdown"])
        #expect(argdown.stdout.contains("[Self-defence may justify strikes]: "))
        #expect(argdown.stdout.contains("#thesis"))
        #expect(argdown.stdout.contains("  - [Jenkins — no legal authority for strikes]"))
        let part = try runMoot(["map", "o-esper", "--format", "json"])
        let partial = try #require(try JSONSerialization.jsonObject(with: Data(part.stdout.utf8)) as? [String: Any])
        #expect(((partial["nodes"] as? [Any])?.count ?? 0) < nodes.count)
    }

    @Test func theTutorsMapAndPracticeCommandsWork() throws {
        let run = try runMoot([], input: "map\nmap a-corfu-channel\nquit\n")
        #expect(run.status == 0)
        #expect(run.stdout.contains("supported by: Law of War Manual § 1.11.4.3"))
        #expect(run.stdout.contains("supported by: Corfu Channel — the duty not to allow harmful use of"))
        #expect(!run.stdout.contains("[authority]"))
        #expect(run.stdout.contains("The argument map: each part, and under it what bears on it"))
        // During lesson 6 the map does not show the nodes its questions still ask about, and says why.
        let during = try runMoot([], input: "start 6\nmap a-corfu-channel\nmap\nquit\n")
        #expect(during.stdout.contains("Looking at the map during a question counts as a hint"))
        #expect(during.stdout.contains("with what hangs on"))
        #expect(!during.stdout.contains("[authority] Corfu Channel — the duty not to allow harmful use of territory"))
        let practice = try runMoot([], input: "practice 4\nskip\nquit\n")
        #expect(practice.stdout.contains("Practice on Is trafficking an armed attack?"))
        #expect(practice.stdout.contains("Skipped. The answer:"))
    }

    /// One answer per kind the lessons don't already prove through the CLI.
    @Test(arguments: [
        ("precedent-troops", "over 14 thousand", "correct"),
        ("precedent-troops", "1,400", "incorrect"),
        ("threat-2023", "one hundred and five thousand", "correct"),
        ("unwilling-murders", "about 130 a day", "correct"),
        ("attack-classify-unstated", "an unstated premise", "correct"),
        ("threat-cities", "Phoenix, Atlanta and Miami", "correct"),
        ("threat-cities", "Phoenix", "partial"),
        ("critical-mines", "true", "correct"),
    ])
    func everyKindIsGradedByTheCLI(question: String, answer: String, verdict: String) throws {
        let run = try runMoot(["answer", question, answer, "--json"])
        #expect(run.status == 0, "\(run.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        #expect(json["verdict"] as? String == verdict, "\(question) ← \(answer): \(json["feedback"] ?? "")")
    }

    @Test func matchAndOrderAreAnsweredWithTheLettersShown() throws {
        let listing = try runMoot(["questions", "--lesson", "capstone", "--json"])
        #expect(listing.status == 0)
        // The tutor shows the items; the key in letters comes from skipping, which reveals it.
        let shown = try runMoot([], input: "start capstone\nskip\nquit\n")
        let revealed = try #require(shown.stdout.components(separatedBy: "Skipped. The answer: ").dropFirst().first)
        let key = String(revealed.prefix { $0 != "\n" })
        let right = try runMoot(["answer", "capstone-chain", key, "--json"])
        #expect(right.stdout.contains("\"verdict\" : \"correct\""))
        let letters = key.split(separator: " ")
        let rotated = ([letters.last!] + letters.dropLast()).joined(separator: " ")
        let partial = try runMoot(["answer", "capstone-chain", rotated, "--json"])
        #expect(partial.stdout.contains("\"verdict\" : \"partial\""))
        // The last step put first leaves the pairs among the other n − 1 in order: (n − 2) / n of them.
        let score = (try JSONSerialization.jsonObject(with: Data(partial.stdout.utf8)) as? [String: Any])?["score"] as? Double
        #expect(score.map { abs($0 - Double(letters.count - 2) / Double(letters.count)) < 1e-9 } == true, "\(String(describing: score))")
    }
}
