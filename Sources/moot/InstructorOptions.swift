import Foundation
import ArgumentParser
import MootModel
import MootQuiz
import MootStore

/// Where the instructor's secret for a course is kept: `instructor/<course>.key` in moot's data folder
/// (`--data-dir`, `$MOOT_HOME`, `$XDG_DATA_HOME/moot`, `~/.local/share/moot`), beside the roster records.
struct InstructorOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The folder holding the instructor key (default: $MOOT_HOME, else $XDG_DATA_HOME/moot).",
                               valueName: "dir"))
    var dataDir: String?

    private var folder: URL { Store.defaultURL(dataDirectory: dataDir).deletingLastPathComponent() }

    func keyFile(_ course: Course) -> URL { InstructorKey.file(dataFolder: folder, course: course.title) }

    /// The names a roster was issued to for this quiz, one per line.
    func rosterFile(_ course: Course, quiz: String) -> URL {
        keyFile(course).deletingPathExtension().appendingPathExtension(Submission.fileComponent(quiz) + ".roster")
    }

    /// The key, created on first use (said on stderr, with where it is and why to back it up).
    func keyCreatingIt(_ course: Course) throws -> InstructorKey {
        let file = keyFile(course)
        do {
            let (key, created) = try InstructorKey.loadOrCreate(at: file)
            if created {
                printError("Created the instructor key for this course: \(file.path)\n"
                           + "Keep it and back it up: moot grade needs it to read submissions from packs made with it.")
            }
            return key
        } catch {
            printError("moot: \(error)")
            throw ExitCode(74)
        }
    }

    /// The key if this machine has one; a file that is not a key exits 74.
    func existingKey(_ course: Course) throws -> InstructorKey? {
        do {
            return try InstructorKey.load(from: keyFile(course))
        } catch {
            printError("moot: \(error)")
            throw ExitCode(74)
        }
    }

    /// What `moot grade` checks submissions against: the key and, if one was issued, the quiz's roster.
    func side(_ course: Course, quiz: String) throws -> InstructorSide {
        let names = (try? String(contentsOf: rosterFile(course, quiz: quiz), encoding: .utf8))
            .map { $0.split(separator: "\n").map(String.init) }
        return InstructorSide(key: try existingKey(course), keyFile: keyFile(course).path, rosterNames: names)
    }
}
