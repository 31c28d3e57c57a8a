import MootContent

/// The REPL's commands.
enum Command: String, CaseIterable {
    case help, lessons, start, `continue`, review, practice, progress, quiz, hint, skip, why, map, define, quit, exit

    var usage: String {
        switch self {
        case .start: "start LESSON"
        case .practice: "practice [LESSON]"
        case .map: "map [NODE]"
        case .define: "define TERM"
        case .review: "review [now|all|limit N]"
        case .continue: "continue [lesson]"
        case .quiz: "quiz QUIZ"
        default: rawValue
        }
    }

    var summary: String {
        switch self {
        case .help: "this list"
        case .lessons: "the lessons, in order"
        case .start: "begin a lesson, by number or id"
        case .continue: "go back to what you left last (a lesson, review or practice); continue lesson: to the lesson"
        case .practice: "questions generated from the argument map"
        case .review: "questions to review that are due: those you missed, and others on the same parts (now: those just missed; all: the whole list; limit N: new ones a day)"
        case .progress: "lessons done, scores, the weakest parts of the map, what is due"
        case .quiz: "take an instructor's quiz under its rules"
        case .hint: "a nudge toward the answer (each one says more)"
        case .skip: "show the answer and move on (the question counts as missed)"
        case .why: "explain the last verdict from the argument map; at a question still open it shows the answer too, and the question counts as missed"
        case .map: "the argument map, or the part around a node (its id, or its title); at a question it counts as a hint, and you are asked first"
        case .define: "a term of art: its meaning, authority and place in the map (define alone lists them; at a question, not the part it asks about)"
        case .quit, .exit: "leave (Ctrl-D too); your place is kept"
        }
    }

    /// At a question, a line beginning with a command word is a command only if it has the command's shape:
    /// "why" alone is a command, "why the label is not authority" is an answer.
    func fits(_ argument: String) -> Bool {
        switch self {
        case .start, .practice, .map, .quiz: argument.isEmpty || argument.split(separator: " ").count == 1
        case .continue: argument.isEmpty || ["lesson", "review", "practice"].contains(argument.lowercased())
        case .define: argument.split(separator: " ").count <= 4
        case .review: argument.isEmpty || ["all", "now"].contains(argument.lowercased())
            || argument.lowercased().hasPrefix("limit ")
        default: argument.isEmpty
        }
    }
}
