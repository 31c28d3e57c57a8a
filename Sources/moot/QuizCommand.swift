import ArgumentParser
import Foundation

struct QuizCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "quiz", abstract: "Take an instructor's quiz, pack a student copy of one, or issue its roster.",
        subcommands: [Take.self, Pack.self, RosterCommand.self], defaultSubcommand: Take.self)
}
