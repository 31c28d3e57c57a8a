import ArgumentParser
import Foundation

struct QuizCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "quiz", abstract: "Take an instructor's quiz, or pack a student copy of one.",
        subcommands: [Take.self, Pack.self], defaultSubcommand: Take.self)
}
