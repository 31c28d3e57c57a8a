import Foundation
import ArgumentParser
import MootContent
import MootModel

/// Where the course lives; shared by every subcommand.
struct ContentOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The folder holding Lessons/ and Quizzes/.", valueName: "dir"))
    var content: String?

    init() {}

    /// Options given without the parser.
    init(content: String?) {
        self.content = content
    }

    /// --content, then $MOOT_CONTENT, then the current folder and its parents, then the executable's, then PREFIX/share/moot.
    func root() throws -> URL {
        if let content = content ?? ProcessInfo.processInfo.environment["MOOT_CONTENT"] {
            let url = URL(fileURLWithPath: content)
            guard FileManager.default.fileExists(atPath: url.appendingPathComponent("Lessons/course.yaml").path) else {
                throw ValidationError("no Lessons/course.yaml under \(content)")
            }
            return url
        }
        let here = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        let executable = (Bundle.main.executableURL ?? URL(fileURLWithPath: CommandLine.arguments[0])).resolvingSymlinksInPath()
            .deletingLastPathComponent()
        // An installed moot (scripts/install) finds the course in PREFIX/share/moot beside PREFIX/bin.
        let installed = executable.deletingLastPathComponent().appendingPathComponent("share/moot")
        if let root = CourseLoader.findRoot(from: here) ?? CourseLoader.findRoot(from: executable)
            ?? CourseLoader.findRoot(from: installed) { return root }
        throw ValidationError("cannot find the course (Lessons/course.yaml): run moot inside its checkout, "
                              + "or pass --content DIR or set MOOT_CONTENT")
    }

    /// Loads the course, or prints every diagnostic and exits 1: never a half-loaded course.
    func course() throws -> Course {
        do {
            return try CourseLoader.load(root: root())
        } catch let errors as ContentErrors {
            printError(errors.description)
            printError("moot: the course has \(errors.diagnostics.count) problem(s); nothing was opened.")
            throw ExitCode(1)
        }
    }
}
