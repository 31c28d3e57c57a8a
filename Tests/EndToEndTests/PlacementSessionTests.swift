import Foundation
import Testing

/// A learner places statements on the map through piped stdin: a half-right answer is told per statement what is
/// right without being told where the rest go, and the next try closes it.
@Suite struct PlacementSessionTests {
    @Test func aPlaceQuestionIsAnsweredStatementByStatement() throws {
        let root = try Paths.scratch()
        try FileManager.default.copyItem(at: Paths.repository.appendingPathComponent("Lessons"), to: root.appendingPathComponent("Lessons"))
        // A one-question lesson after the real ten, holding the armed-attack placement exercise under its own id.
        let real = try String(contentsOf: root.appendingPathComponent("Lessons/04-armed-attack.yaml"), encoding: .utf8)
        let exercise = try #require(real.range(of: "  - id: attack-place\n")).lowerBound
        let lesson = "id: placing\ntitle: Placing\nsection: TH\nobjectives: [Place statements]\nsteps:\n"
            + "  - say: Place each statement.\n    cite: Pedrozo 2025, \"Threat of Mexican Drug Cartels\", para. 4\n"
            + real[exercise...].replacingOccurrences(of: "id: attack-place", with: "id: placing-place")
        try lesson.write(to: root.appendingPathComponent("Lessons/11-placing.yaml"), atomically: true, encoding: .utf8)
        let course = root.appendingPathComponent("Lessons/course.yaml")
        try (try String(contentsOf: course, encoding: .utf8) + "  - 11-placing.yaml\n").write(to: course, atomically: true, encoding: .utf8)
        let state = try Paths.scratch()
        let run = try runMoot(["--content", root.path], input: """
            start 11
            1 supports p-scale-effects-test; 2 attacks u-deaths-are-force; 3 undercuts c-armed-attack
            1 together with p-scale-effects-test; 2 attacks u-deaths-are-force; 3 undercuts c-armed-attack
            quit

            """, state: state)
        #expect(run.status == 0, "\(run.stderr)")
        let flat = run.stdout.replacingOccurrences(of: "\n  ", with: " ")
        #expect(flat.contains("Parts of the map:"))
        #expect(flat.contains("Statement 1 has the right node but not the right relation; 2 is placed right; 3 is placed right."),
                "\(run.stdout)")
        #expect(flat.contains("✓ correct All 3 statements placed right."))
        #expect(flat.contains("1 ✓ it is a co-premise with ‘Judged by scale and effect, the harm is grave enough’ — that node claims:"))
        #expect(!run.stdout.contains("\u{1B}"))
    }
}
