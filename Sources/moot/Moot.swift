import ArgumentParser
import MootSupport

@main
enum Main {
    /// Plain `moot` is the tutor with no options, started without the parser: reflecting over every command's
    /// declarations would cost the first prompt several milliseconds.
    static func main() {
        if CommandLine.arguments.count == 1 { Tutor.runWithoutOptions() }
        if let word = CommandLine.arguments.dropFirst().first, let unknown = Moot.unknownSubcommand(word) {
            Moot.exit(withError: usageError(unknown))
        }
        Moot.main()
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
        version: Moot.version,
        subcommands: [Tutor.self, ReviewCommand.self, ProgressCommand.self, QuizCommand.self, GradeCommand.self,
                      ExportCommand.self, Lessons.self, Questions.self, Answer.self, Check.self, MapCommand.self,
                      TimelineCommand.self, GlossaryCommand.self],
        defaultSubcommand: Tutor.self)

    static let version = "0.10.0"

    /// The tutor takes no words of its own, so a first word that is not an option is meant as a subcommand: one that
    /// is not is refused with the nearest (the parser would report it as an argument the tutor does not take).
    static func unknownSubcommand(_ word: String) -> String? {
        guard !word.hasPrefix("-") else { return nil }
        let names = configuration.subcommands.map { $0._commandName } + ["help"]
        guard !names.contains(word) else { return nil }
        return "'\(word)' is not a moot command\(Suggestion.hint(for: word, in: names)); see 'moot --help'"
    }
}
