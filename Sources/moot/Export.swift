import ArgumentParser

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export", abstract: "Write questions in other tools' formats.", subcommands: [Gift.self, Moodle.self, Anki.self, Apkg.self])
}
