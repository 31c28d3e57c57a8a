import Foundation
import AnkiPackage
import ArgumentParser
import MootQuiz
import MootSupport

extension ExportCommand {
    struct Apkg: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Questions as an Anki package (.apkg) with moot's own note type.",
            discussion: """
                One note per question, of the note type "moot question" (fields: prompt, choices, answer, explanation, \
                source, lesson, nodes), in a moot:: deck per lesson. Open the file in Anki (File › Import). Each note \
                keeps its GUID, the question id, so importing a later export updates the notes and keeps their reviews. \
                Notes carry the export time as their modification time (SOURCE_DATE_EPOCH, when set, instead): Anki \
                updates a note only from a package modified later. The file is written whole or not at all.
                """)
        @OptionGroup var options: ContentOptions
        @Argument(help: "A lesson (id or number); all lessons if omitted.", completion: CourseCompletion.lessons) var lesson: String?
        @Flag(help: "Include the practice questions generated from the map.") var practice = false
        @Option(name: [.customShort("o"), .customLong("output")], help: ArgumentHelp("The package to write.", valueName: "file"),
                completion: .file(extensions: ["apkg"])) var output: String

        func run() throws {
            let course = try options.course()
            let deck = DeckSelection(course: course)
            let notes = try deck.questions(lesson: lesson, practice: practice).map { question in
                let note = AnkiMootNote.note(question, course: course, deck: deck.name(for: question), lessonTitle: deck.title(for: question))
                return AnkiNote(guid: note.guid, deck: note.deck, fields: note.fields, tags: note.tags)
            }
            let noteType = AnkiNoteType(
                id: 1_717_000_000_000 + Int64(FNV1a.hash(AnkiMootNote.noteTypeName) % 1_000_000_000), name: AnkiMootNote.noteTypeName,
                fields: AnkiMootNote.fields, templates: [.init(name: "Question", front: AnkiMootNote.frontTemplate, back: AnkiMootNote.backTemplate)],
                css: AnkiMootNote.css)
            do {
                try AnkiPackageWriter.write(notes, noteType: noteType, to: URL(fileURLWithPath: output), modified: Self.modified())
            } catch let failure as AnkiPackageWriter.Failure {
                printError(TerminalText.safe("moot: " + failure.description))
                throw ExitCode(73)
            }
            print(TerminalText.safe("Anki package: \(output) (\(notes.count) notes)"))
        }

        /// Seconds since 1970: SOURCE_DATE_EPOCH when set (reproducible builds' convention), else now.
        static func modified() -> Int64 {
            if let epoch = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"].flatMap({ Int64($0) }), epoch > 0 { return epoch }
            return Int64(Clock.system.now() / 1_000_000)
        }
    }
}
