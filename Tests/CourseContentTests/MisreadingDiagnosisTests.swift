import Testing
@testable import MootGrading
@testable import MootModel
@testable import MootPresentation

/// A wrong answer that uses the right words for another claim is told how it went wrong — another party, a
/// reversed word, a hedge — and never the title it should have named (issue 12, point 2).
@Suite struct MisreadingDiagnosisTests {
    let course = RepositoryCourse.course
    var grader: Grader { Grader(course: course) }
    var presenter: QuestionPresenter { QuestionPresenter(map: course.map, style: Style(color: false)) }

    func diagnose(_ id: String, _ answer: String) throws -> (Verdict, String) {
        let question = try #require(course.question(id))
        let verdict = try grader.grade(question, answer: answer)
        return (verdict, presenter.diagnosis(verdict, question: question))
    }

    @Test func eachMisreadingIsSaidWithoutTheAnswer() throws {
        let cases: [(String, String, String)] = [
            ("unwilling-premise", "that the traffickers are unwilling to stop", "another party"),
            ("threat-evidence-meth", "meth spread from west to east, and synthetic drugs are more expensive than plant-based ones", "turns the article's claim into its opposite"),
            ("precedent-commander", "Pershing or Scott", "more than one thing"),
            ("designations-date", "sometime in February 2025", "the right month, without the day"),
            ("precedent-evidence-mines", "the 18 people killed at the mines in Mexico", "a figure the article does not give"),
            ("app-consent-one-state", "All of them are lawful: once Mexico consented, a few kilometres or days do not matter.", "take them act by act"),
            ("app-consent-one-state", "Only the Sinaloa strikes Mexico approved are lawful; the Durango strike goes beyond what Mexico agreed, "
                + "so it breaches its sovereignty.", "not each of them"),
            ("critical-explain", "The 105,000 overdose deaths and the 200 a day are both made up.", "public sources bear out"),
            ("imminence-words", "Because the ICJ rejected anticipatory self-defence in Nicaragua.", "holding given the other way"),
        ]
        for (id, answer, said) in cases {
            let (verdict, line) = try diagnose(id, answer)
            #expect(line.contains(said), "\(id): \(line)")
            for node in verdict.expected {
                let title = try #require(course.map[node]?.title)
                #expect(!line.contains(title), "\(id) gives away ‘\(title)’: \(line)")
            }
        }
    }

    /// `why` on a half answer says what was credited, at the verdict's score, and what is missing — never that
    /// the point it credited was missed (new-user report 23, item 2).
    @Test func whyOnAHalfAnswerSaysWhatWasCreditedAndWhatIsMissing() throws {
        for (id, answer) in [("designations-policy", "their elimination"),
                             ("precedent-claim", "armed forces crossing into mexico have a long history")] {
            let question = try #require(course.question(id))
            let verdict = try grader.grade(question, answer: answer)
            try #require(verdict.verdict == .partial, "\(id)")
            let why = presenter.explain(verdict, question: question).replacingOccurrences(of: "\n  ", with: " ")
            let title = try #require(course.map[question.nodes[0]]?.title)
            #expect(why.contains("Credited (\(Int((verdict.score * 100).rounded()))%): part of \(title)"), "\(why)")
            #expect(why.contains("Missing: the rest of it"), "\(why)")
            #expect(!why.contains("Missed: "), "\(why)")
        }
    }

    /// A partial answer to a question on two points: the one it made is credited, the other is missing.
    @Test func whyOnAnAnswerWithOneOfTwoPointsNamesEach() throws {
        let question = try #require(course.lessons.flatMap(\.questions).first { question in
            guard case .short = question.body else { return false }
            return question.nodes.count == 2
        })
        let covered = question.nodes[0], missing = question.nodes[1]
        let verdict = Verdict(question: question.id, verdict: .partial, score: 0.5, expected: question.nodes,
                              recognised: [covered], covered: [covered], missed: [missing], feedback: "")
        let why = presenter.explain(verdict, question: question).replacingOccurrences(of: "\n  ", with: " ")
        #expect(why.contains("Credited (50%): \(try #require(course.map[covered]?.title))"), "\(why)")
        #expect(why.contains("Missing: \(try #require(course.map[missing]?.title))"), "\(why)")
        #expect(!why.contains("Missed: "))
    }

    /// A wrong figure that is another of the article's figures is named as that one (the border guard's 140,000 for
    /// the troops who crossed), not called a slip of magnitude; the diagnosis never gives the figure asked for.
    @Test func anotherOfTheArticlesFiguresIsSaidToBeThat() throws {
        let (verdict, line) = try diagnose("precedent-troops", "140,000")
        #expect(verdict.misconception == "other-figure")
        #expect(verdict.feedback.contains("140,000 more troops guarded the border"), "\(verdict.feedback)")
        #expect(line.contains("another thing") && line.contains("not the one asked"), "\(line)")
        #expect(!line.contains("14,000"), "\(line)")
        let (mines, _) = try diagnose("precedent-mines", "18")
        #expect(mines.feedback.contains("Villa's raids killed 18"), "\(mines.feedback)")
        // A year is a date, and a figure the article does not give is simply wrong.
        #expect(try diagnose("precedent-troops", "1916").0.misconception != "other-figure")
        #expect(try diagnose("precedent-troops", "12,000").0.misconception == "wrong-number")
    }
}
