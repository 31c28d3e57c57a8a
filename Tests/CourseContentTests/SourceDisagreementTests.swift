import Foundation
import Testing
@testable import MootModel

/// Where sources disagree about a fact, the course says who says what, and when: Colby Jenkins is introduced by the
/// title the article gives him, and the AP's report of 8 April 2025, which describes him otherwise, is taught beside
/// it — in lesson 1 where he first appears, and in the critical-reading lesson.
@Suite struct SourceDisagreementTests {
    static let title = "Assistant Secretary of Defense for Special Operations"

    static func narration(_ lesson: String) -> [String] {
        RepositoryCourse.course.lesson(lesson)?.steps.compactMap { if case let .narration(text, _) = $0 { text } else { nil } } ?? []
    }

    static func flat(_ text: String) -> String { text.split(whereSeparator: \.isWhitespace).joined(separator: " ") }

    @Test func jenkinsIsIntroducedByTheArticlesTitleAndTheAPsAccountIsDated() throws {
        // The article's own title for him, checked against the committed fingerprint of the article (so it runs from
        // a clone without ../shared).
        #expect(ArticleFingerprint.stored.containsPhrase("\(Self.title) Colby Jenkins"), "the article's own title for him")
        #expect(!ArticleFingerprint.stored.containsPhrase("Acting \(Self.title) Colby Jenkins"))
        for lesson in ["orientation", "critical-reading"] {
            let passage = try #require(Self.narration(lesson).map(Self.flat).first { $0.contains("Colby Jenkins") }, "\(lesson)")
            #expect(passage.contains(Self.title), "\(lesson): the article's title")
            #expect(passage.contains("AP") && passage.contains("8 April 2025") && passage.contains("performing the duties"),
                    "\(lesson): the other source, its date and what it says")
            #expect(passage.contains("differ") || passage.contains("disagree"), "\(lesson): taught as sources that disagree")
        }
    }
}
