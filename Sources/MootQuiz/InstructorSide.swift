import Foundation
import MootModel

/// What only the instructor's machine holds when grading: the key quiz packs were laid out with, and the names of
/// the roster issued for the quiz, if one was. `Gradebook` asks it how to read a submission and whether its
/// identity holds.
public struct InstructorSide: Sendable {
    public var key: InstructorKey?
    /// Where the key is (or would be), for the message when it is missing.
    public var keyFile: String
    /// The roster's names as compared (`StudentName`); nil when no roster was issued for this quiz.
    public var rosterNames: Set<String>?

    public init(key: InstructorKey?, keyFile: String, roster: Roster? = nil) {
        self.key = key
        self.keyFile = keyFile
        rosterNames = roster?.names
    }

    public init(key: InstructorKey?, keyFile: String, rosterNames: [String]?) {
        self.key = key
        self.keyFile = keyFile
        self.rosterNames = rosterNames.map { Set($0.map(StudentName.key)) }
    }

    /// The pack layout a submission's letters are read through: nil for one taken from the full course (its digest
    /// is the quiz's own), a refusal for one from a pack when the key is not here.
    func layout(for submission: Submission, quiz: Quiz) throws(MissingKey) -> PackLayout? {
        guard submission.digest.hasPrefix(PackLayout.digestPrefix) else { return nil }
        guard let key else {
            throw MissingKey(reason: "it was taken from a quiz pack, and the instructor key the pack was made with is "
                             + "not on this machine (\(keyFile)); restore that file from your backup")
        }
        return PackLayout(key: key, quiz: quiz)
    }

    struct MissingKey: Error {
        let reason: String
    }

    /// What the personal code and the roster say about who handed the submission in.
    func identityFlags(_ submission: Submission, quiz: Quiz) -> [String] {
        var flags: [String] = []
        let code = submission.code?.trimmingCharacters(in: .whitespaces) ?? ""
        if !code.isEmpty {
            if let key {
                if !Roster.matches(code, key: key, quiz: quiz.id, student: submission.student) {
                    flags.append("personal code does not match the name")
                }
            } else {
                flags.append("personal code not checked: no instructor key here")
            }
        }
        if let rosterNames {
            if !rosterNames.contains(StudentName.key(submission.student)) { flags.append("not on the roster") }
            if code.isEmpty { flags.append("no personal code") }
        }
        return flags
    }
}
