import Foundation
import Testing

/// `moot questions` and `moot answer` letter a choice question's options as that learner sees them in the tutor,
/// so a letter means what is on the learner's screen; the verdict names options by their text.
@Suite struct ChoiceLetterTests {
    /// The letters `learner` sees for each option text of `question`, from `moot questions --json`.
    func letters(_ question: String, lesson: String, learner: String) throws -> [String: String] {
        let run = try runMoot(["questions", "--lesson", lesson, "--json", "--learner", learner])
        #expect(run.status == 0, "\(run.stderr)")
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [[String: Any]])
        let row = try #require(rows.first { $0["id"] as? String == question })
        let options = try #require(row["options"] as? [[String: String]])
        return Dictionary(uniqueKeysWithValues: options.map { ($0["text"]!, $0["letter"]!) })
    }

    func verdict(_ question: String, _ answer: String, learner: String) throws -> [String: Any] {
        let run = try runMoot(["answer", question, answer, "--json", "--learner", learner])
        #expect(run.status == 0, "\(run.stderr)")
        return try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
    }

    @Test func theLettersAreTheLearnersOwnInTheListTheGraderAndTheTutor() throws {
        let cities = ["Phoenix", "Atlanta", "Miami"]
        let ada = try letters("threat-cities", lesson: "threat", learner: "ada")
        let bob = try letters("threat-cities", lesson: "threat", learner: "bob")
        let adaKey = cities.map { ada[$0]! }.sorted().joined(separator: " ")
        let bobKey = cities.map { bob[$0]! }.sorted().joined(separator: " ")
        // The orders differ between these two learners, so the same letters mean different options.
        #expect(adaKey != bobKey)
        #expect(try verdict("threat-cities", adaKey, learner: "ada")["verdict"] as? String == "correct")
        #expect(try verdict("threat-cities", bobKey, learner: "bob")["verdict"] as? String == "correct")
        #expect(try verdict("threat-cities", adaKey, learner: "bob")["verdict"] as? String != "correct")
        let one = try verdict("threat-cities", ada["Phoenix"]!, learner: "ada")
        #expect(one["verdict"] as? String == "partial")

        // The tutor shows ada the same letters.
        let shown = try runMoot(["--learner", "ada", "--new-learner"], input: "start threat\nquit\n")
        for (text, letter) in ada { #expect(shown.stdout.contains("\(letter)) \(text)\n"), "\(letter)) \(text)") }

        // The plain verdict names a wrong pick by its text, not by a letter.
        let boston = try runMoot(["answer", "threat-cities", ada["Boston"]!, "--learner", "ada"])
        #expect(boston.stdout.contains("‘Boston’ is wrong:"))
        #expect(!boston.stdout.contains("(\(ada["Boston"]!))"))
    }
}
