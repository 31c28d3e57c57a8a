import Foundation
import ArgumentParser
import MootStore

/// Whose progress, and where it is kept.
struct LearnerOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Keep progress in this folder (default: $MOOT_HOME, else $XDG_DATA_HOME/moot).", valueName: "dir"))
    var dataDir: String?
    @Option(help: "The learner (default: your login name).")
    var learner: String?
    @Flag(help: "Create the learner named by --learner if it does not exist yet.")
    var newLearner = false

    init() {}

    /// Options given without the parser.
    init(dataDir: String?, learner: String?, newLearner: Bool) {
        (self.dataDir, self.learner, self.newLearner) = (dataDir, learner, newLearner)
    }

    var name: String {
        learner ?? ProcessInfo.processInfo.environment["USER"].flatMap { $0.isEmpty ? nil : $0 } ?? NSUserName()
    }

    /// Opens the store and finds the learner; a problem is printed and exits 74, touching nothing.
    /// `readOnly` (for commands that only read) works on a database nobody may write to.
    func open(readOnly: Bool = false) throws -> (Store, Int64) {
        do {
            let url = Store.defaultURL(dataDirectory: dataDir)
            let reading = readOnly && !newLearner && FileManager.default.fileExists(atPath: url.path)
            let store = try Store(url: url, readOnly: reading)
            return (store, try store.learner(named: name, create: !reading && (newLearner || learner == nil)))
        } catch let error as StoreError {
            // The command it suggests, as it can be typed here (InvokedName).
            printError("moot: " + "\(error)".replacingOccurrences(of: "`moot progress`", with: "`\(InvokedName.current) progress`"))
            if case .unknownLearner = error { throw ExitCode(64) }
            throw ExitCode(74)
        }
    }
}
