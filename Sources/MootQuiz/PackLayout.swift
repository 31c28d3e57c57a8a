import Foundation
import MootModel

/// How a quiz pack lays out its questions, from the instructor's secret, so that nothing in the pack says where a
/// key is: each choice question's options, match question's right side and order question's steps are put in an
/// order drawn from HMAC(instructor key, quiz, question). The pack carries only the result (texts in that order);
/// `moot grade` draws the same orders again from the key to read the student's letters.
///
/// On top of it a student copy shuffles choices per student with the quiz's public seed (so neighbours see different
/// letters); that layer is public and composes with the secret one, which alone decides what a position means.
public struct PackLayout: Sendable {
    public let key: InstructorKey
    public let quiz: Quiz

    public init(key: InstructorKey, quiz: Quiz) {
        self.key = key
        self.quiz = quiz
    }

    /// Pack digests start with this, so `moot grade` knows a submission came from a pack.
    public static let digestPrefix = "pack-"

    /// The pack's version fingerprint: the quiz's own digest covers the keys, so the pack carries a keyed hash of it.
    public var digest: String {
        Self.digestPrefix + key.mac(["digest", quiz.id, quiz.digest]).prefix(12).map { String(format: "%02x", $0) }.joined()
    }

    /// The order the pack holds a question's items in (indices into its choices, right sides or steps); nil for
    /// kinds whose display says nothing of the key.
    public func itemOrder(_ question: Question) -> [Int]? {
        let count: Int
        switch question.body {
        case .choice(let choices): count = choices.count
        case .match(let pairs): count = pairs.count
        case .order(let steps): count = steps.count
        default: return nil
        }
        return key.permutation(count: count, ["layout", quiz.id, question.id])
    }

    /// The order a student saw a choice question's options in, as indices into the question's own choices: the
    /// pack's public per-student shuffle applied to the secret order.
    public func choiceOrder(_ question: Question, for student: String) -> [Int]? {
        guard case let .choice(choices) = question.body, let secret = itemOrder(question) else { return nil }
        let shown = Quiz.choiceOrder(count: choices.count, question: question.id, shuffle: quiz.shuffleChoices,
                                     seed: quiz.seed, student: student)
        return shown.map { secret[$0] }
    }
}
