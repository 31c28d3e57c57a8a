import Foundation
import MootSupport

/// What a student hands in: every raw response as typed, with the local verdicts. The instructor regrades the raw
/// responses, so nothing a student edits in the file can raise a score.
public struct Submission: Codable, Sendable {
    public struct Response: Codable, Sendable {
        public var question: String
        /// Exactly as typed; empty for a skipped question.
        public var response: String
        /// For a choice question, the order the student saw the options in (indices into the quiz's choices).
        public var choiceOrder: [Int]?
        /// The verdict moot gave on the student's machine; nil when the student's copy had no answer key.
        public var verdict: String?
        public var score: Double?
        public var at: String

        public init(question: String, response: String, choiceOrder: [Int]? = nil, verdict: String? = nil, score: Double? = nil, at: String) {
            self.question = question
            self.response = response
            self.choiceOrder = choiceOrder
            self.verdict = verdict
            self.score = score
            self.at = at
        }
    }

    public var format = "moot-submission/1"
    public var quiz: String
    /// The fingerprint of the quiz and course the student took.
    public var digest: String
    public var student: String
    /// The personal code from the instructor's roster, as the student typed it; nil when none was given.
    public var code: String?
    public var started: String
    public var finished: String
    public var responses: [Response]

    public init(quiz: String, digest: String, student: String, code: String? = nil, started: String, finished: String,
                responses: [Response]) {
        self.quiz = quiz
        self.digest = digest
        self.student = student
        self.code = code
        self.started = started
        self.finished = finished
        self.responses = responses
    }

    public func encoded() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        return try encoder.encode(self)
    }

    /// Writes the submission into `folder` (created if needed) and returns the file.
    public func write(into folder: URL) throws -> URL {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let file = folder.appendingPathComponent(fileName)
        try encoded().write(to: file, options: .atomic)
        return file
    }

    /// " 12:34 left", for a quiz prompt.
    public static func timeLeft(seconds: Int64) -> String {
        let left = max(0, seconds)
        return String(format: " %d:%02d left", left / 60, left % 60)
    }

    /// A file name that says what it is: `final-ada-20251104T101500.json`.
    public var fileName: String {
        let stamp = finished.filter { $0.isNumber || $0 == "T" }.prefix(15)
        return "\(Self.fileComponent(quiz))-\(Self.fileComponent(student))-\(stamp).json"
    }

    /// A name made safe as one component of a file name: only ASCII letters, digits, `-` and `_` kept (so no `/`, no `..`), at most
    /// 40 of them; a name that had to change gets a short hash of the original so two names cannot share a file.
    public static func fileComponent(_ name: String) -> String {
        let kept = String(name.unicodeScalars.prefix(40).map { scalar -> Character in
            scalar.isASCII && (CharacterSet.alphanumerics.contains(scalar) || scalar == "-" || scalar == "_") ? Character(scalar) : "_"
        })
        return kept == name ? kept : kept + "-" + String(FNV1a.hash(name) % 0xFFFFFF, radix: 16)
    }

}
