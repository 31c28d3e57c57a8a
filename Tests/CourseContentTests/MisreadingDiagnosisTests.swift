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
            ("threat-evidence-meth", "they make meth, which is more expensive to produce than heroin", "turns the article's claim into its opposite"),
            ("precedent-commander", "Pershing or Scott", "more than one thing"),
            ("designations-date", "sometime in February 2025", "the right month, without the day"),
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

    /// `why` on a half answer says the point was partly said, not missed, and names the mistake.
    @Test func whyOnAHalfAnswerSaysPartlySaid() throws {
        let question = try #require(course.question("designations-policy"))
        let verdict = try grader.grade(question, answer: "their elimination")
        #expect(verdict.verdict == .partial)
        let why = presenter.explain(verdict, question: question)
        #expect(why.contains("Partly said: "), "\(why)")
        #expect(!why.contains("Missed: "), "\(why)")
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
