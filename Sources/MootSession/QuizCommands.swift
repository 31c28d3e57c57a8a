import MootSupport

/// What may be typed during a quiz: only what belongs to answering it. Everything else the tutor offers (the map,
/// lessons, review, progress, definitions) would help with the answers or leave the quiz, so it is refused by name.
extension Session {
    /// The commands that work at a quiz question.
    static let quizCommands: [Command] = [.help, .hint, .skip, .why, .quit]

    /// Nil when `command` may run now; otherwise the refusal, naming it.
    func refusedDuringQuiz(_ command: Command) -> String? {
        guard quizRun != nil, !Self.quizCommands.contains(command), command != .exit else { return nil }
        return style.warn("Not during a quiz: \(command.rawValue).") + " Here you can type "
            + Self.quizCommands.map(\.rawValue).joined(separator: ", ") + "; anything else is your answer."
    }

    /// `help` during a quiz: the quiz's own commands, what each does under this quiz's rules, and the quiz ids.
    func quizHelp() -> String {
        guard let quiz = quizRun?.quiz else { return help() }
        let rows: [(Command, String)] = [
            (.help, "this list"),
            (.hint, quiz.hintsAllowed ? "a nudge toward the answer (each one says more)" : "not allowed in this quiz"),
            (.skip, "leave this question blank and go on"),
            (.why, quiz.feedback == .none ? "not available: verdicts come from your instructor"
                : "not available until the end, where each right answer is shown (one answer can give away another)"),
            (.quit, "leave (Ctrl-D too); your answers so far are kept" + (quiz.timeLimit == nil ? ""
                : ", and the time limit keeps running until you come back")),
        ]
        let column = (rows.map(\.0.rawValue.count).max() ?? 0) + 2
        let lines = rows.map { command, summary in
            style.wrap("  " + style.accent(command.rawValue.padding(toLength: column, withPad: " ", startingAt: 0)) + summary,
                       indent: String(repeating: " ", count: column + 2))
        }
        return ([style.wrap("During the quiz '\(quiz.id)' (anything else you type is your answer; the rest of the tutor waits until it ends):", indent: "  ")]
                + lines
                + [style.wrap("Quizzes: " + course.quizzes.map(\.id).joined(separator: ", "), indent: "  "),
                   style.wrap(style.dim("Prefix a command with ':' if your answer starts with a command word."), indent: "  ")])
            .joined(separator: "\n")
    }
}
