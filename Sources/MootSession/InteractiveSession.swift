/// What the executable's one read-eval-print loop drives, whatever the session: the tutor (with its lessons,
/// review and quizzes) or a student's packed quiz. Lines in, text out; the session never touches the terminal.
public protocol InteractiveSession: AnyObject {
    /// The prompt for the next line.
    var prompt: String { get }
    /// What to print before the first line.
    func welcome() -> String
    /// Handles one line of input and returns the text to print (possibly empty).
    func handle(_ line: String) -> String
    /// Words that complete the last word of `line`.
    func completions(for line: String) -> [String]
    /// True once the session has ended (quit, or a quiz submitted).
    var isFinished: Bool { get }
}
