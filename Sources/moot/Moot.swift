import ArgumentParser

@main
enum Main {
    /// Plain `moot` is the tutor with no options, started without the parser: reflecting over every command's
    /// declarations would cost the first prompt several milliseconds.
    static func main() {
        if CommandLine.arguments.count == 1 { Tutor.runWithoutOptions() } else { Moot.main() }
    }
}

struct Moot: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "moot",
        abstract: "A terminal tutor for Pedrozo, \"Cross-Border Drone Strikes Against Mexican Drug Cartels\" (2025).",
        discussion: """
            With no subcommand, moot opens the tutor: lessons, questions checked against an argument map of \
            the article, hints, and explanations.

            Exit codes: 0 success; 1 the content has errors; 64 a usage error (unknown command, lesson, \
            question or learner); 65 an answer that cannot be read; 74 the progress database cannot be used \
            (newer version, damaged, or not writable; it is left untouched).
            """,
        subcommands: [Tutor.self, ReviewCommand.self, ProgressCommand.self, QuizCommand.self, GradeCommand.self,
                      ExportCommand.self, Lessons.self, Questions.self, Answer.self, Check.self, MapCommand.self],
        defaultSubcommand: Tutor.self)
}
