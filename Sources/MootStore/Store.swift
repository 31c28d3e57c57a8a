import Foundation
import GRDB
import MootSupport

/// Why the progress database could not be opened. The file is left exactly as it was.
public enum StoreError: Error, CustomStringConvertible {
    case newerVersion(URL)
    case unreadable(URL, String)
    case notWritable(URL, String)
    case unknownLearner(String, known: [String])

    public var description: String {
        switch self {
        case .newerVersion(let url):
            "\(url.path) was written by a newer moot; upgrade moot to use it (the file is left untouched)"
        case .unreadable(let url, let reason):
            "\(url.path) is not a moot database or is damaged (\(reason)); it is left untouched — move it away to start afresh"
        case .notWritable(let url, let reason):
            "cannot write progress to \(url.path): \(reason)"
        case .unknownLearner(let name, let known):
            "no learner '\(name)'" + Suggestion.hint(for: name, in: known)
                + (known.isEmpty ? "" : " (learners: \(known.joined(separator: ", ")))") + "; add --new-learner to create it"
        }
    }
}

/// Progress in SQLite: learners, every attempt, the place in each lesson, one FSRS card per question, review logs,
/// quiz attempts. WAL and a busy timeout let two tutors share one file.
public final class Store: Sendable {
    public let url: URL
    /// The database itself: only the store's own files use it, so no GRDB type leaves the store.
    let database: DatabasePool
    /// The time now, for creation dates.
    public let clock: Clock

    /// Opens (creating if needed) the database at `url`. A file written by a newer moot, or one that is not a
    /// moot database, is refused before anything is written to it.
    public init(url: URL, clock: Clock = .system) throws {
        self.url = url
        self.clock = clock
        let folder = url.deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw StoreError.notWritable(folder, error.localizedDescription)
        }
        if FileManager.default.fileExists(atPath: url.path) { try Self.inspect(url) }
        guard FileManager.default.isWritableFile(atPath: folder.path) else {
            throw StoreError.notWritable(folder, "the folder is read-only")
        }
        var configuration = Configuration()
        configuration.busyMode = .timeout(10)
        do {
            database = try DatabasePool(path: url.path, configuration: configuration)
            try Self.migrator.migrate(database)
        } catch let error as DatabaseError {
            throw StoreError.notWritable(url, error.message ?? error.description)
        }
    }

    /// Reads an existing file without writing: is it SQLite, is it ours, and is it not from the future?
    private static func inspect(_ url: URL) throws {
        var configuration = Configuration()
        configuration.readonly = true
        do {
            let queue = try DatabaseQueue(path: url.path, configuration: configuration)
            let superseded = try queue.read { db -> Bool in
                _ = try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master")
                return try migrator.hasBeenSuperseded(db)
            }
            try queue.close()
            if superseded { throw StoreError.newerVersion(url) }
        } catch let error as StoreError {
            throw error
        } catch let error as DatabaseError {
            throw StoreError.unreadable(url, error.message ?? error.description)
        }
    }

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1: learners, attempts, positions, cards, review logs") { db in
            try db.execute(sql: """
                CREATE TABLE learner (
                    id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, createdAt INTEGER NOT NULL);
                CREATE TABLE attempt (
                    id INTEGER PRIMARY KEY, learnerId INTEGER NOT NULL REFERENCES learner(id),
                    question TEXT NOT NULL, lesson TEXT NOT NULL, response TEXT NOT NULL, verdict TEXT NOT NULL,
                    score REAL NOT NULL, hintsUsed INTEGER NOT NULL, attempt INTEGER NOT NULL, mode TEXT NOT NULL,
                    seconds REAL NOT NULL, at INTEGER NOT NULL);
                CREATE INDEX attempt_by_learner_question ON attempt(learnerId, question);
                CREATE TABLE position (
                    learnerId INTEGER NOT NULL REFERENCES learner(id), lesson TEXT NOT NULL,
                    question INTEGER NOT NULL, updatedAt INTEGER NOT NULL, PRIMARY KEY (learnerId, lesson));
                CREATE TABLE card (
                    learnerId INTEGER NOT NULL REFERENCES learner(id), question TEXT NOT NULL,
                    state INTEGER NOT NULL, step INTEGER, stability REAL, difficulty REAL, due INTEGER NOT NULL,
                    lastReview INTEGER, lapses INTEGER NOT NULL DEFAULT 0, missed INTEGER NOT NULL DEFAULT 0,
                    PRIMARY KEY (learnerId, question));
                CREATE INDEX card_due ON card(learnerId, due) WHERE lapses > 0 OR missed = 1;
                CREATE TABLE questionProgress (
                    learnerId INTEGER NOT NULL REFERENCES learner(id), question TEXT NOT NULL, lesson TEXT NOT NULL,
                    attempts INTEGER NOT NULL, best REAL NOT NULL, PRIMARY KEY (learnerId, question));
                CREATE TABLE reviewLog (
                    id INTEGER PRIMARY KEY, learnerId INTEGER NOT NULL REFERENCES learner(id),
                    question TEXT NOT NULL, rating INTEGER NOT NULL, at INTEGER NOT NULL,
                    stateAfter INTEGER NOT NULL, dueAfter INTEGER NOT NULL);
                """)
        }
        migrator.registerMigration("v2: quiz attempts and their raw responses") { db in
            try db.execute(sql: """
                CREATE TABLE quizAttempt (
                    id INTEGER PRIMARY KEY, learnerId INTEGER NOT NULL REFERENCES learner(id), quiz TEXT NOT NULL,
                    digest TEXT NOT NULL, student TEXT NOT NULL, startedAt INTEGER NOT NULL, finishedAt INTEGER);
                CREATE TABLE quizResponse (
                    attemptId INTEGER NOT NULL REFERENCES quizAttempt(id), question TEXT NOT NULL,
                    response TEXT NOT NULL, verdict TEXT, score REAL, at INTEGER NOT NULL,
                    PRIMARY KEY (attemptId, question));
                """)
        }
        migrator.registerMigration("v3: first-try scores and learner settings") { db in
            try db.execute(sql: """
                ALTER TABLE questionProgress ADD COLUMN firstTry REAL;
                UPDATE questionProgress SET firstTry = best;
                CREATE TABLE setting (
                    learnerId INTEGER NOT NULL REFERENCES learner(id), name TEXT NOT NULL, value TEXT NOT NULL,
                    PRIMARY KEY (learnerId, name));
                """)
        }
        return migrator
    }

    /// The learner's id. An unknown name is created only when `create` is true, or for the very first learner.
    public func learner(named name: String, create: Bool) throws -> Int64 {
        try database.write { db in
            if let id = try Int64.fetchOne(db, sql: "SELECT id FROM learner WHERE name = ?", arguments: [name]) { return id }
            let known = try String.fetchAll(db, sql: "SELECT name FROM learner ORDER BY name")
            guard create || known.isEmpty else { throw StoreError.unknownLearner(name, known: known) }
            try db.execute(sql: "INSERT INTO learner (name, createdAt) VALUES (?, ?)", arguments: [name, clock.now()])
            return db.lastInsertedRowID
        }
    }

    /// Where the learner last was: the most recently saved place in any lesson.
    public func resumePoint(learner: Int64) -> ResumePoint? {
        try? database.read { db in
            try Row.fetchOne(db, sql: "SELECT lesson, question FROM position WHERE learnerId = ? ORDER BY updatedAt DESC LIMIT 1",
                             arguments: [learner]).map { ResumePoint(lesson: $0["lesson"], question: $0["question"]) }
        }
    }

    /// `--data-dir`, then `$MOOT_HOME`, then `$XDG_DATA_HOME/moot`, then `~/.local/share/moot`.
    public static func defaultURL(dataDirectory: String?, environment: [String: String] = ProcessInfo.processInfo.environment) -> URL {
        if let folder = dataDirectory ?? environment["MOOT_HOME"].flatMap({ $0.isEmpty ? nil : $0 }) {
            return URL(fileURLWithPath: folder).appendingPathComponent("moot.sqlite")
        }
        let data = environment["XDG_DATA_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? FileManager.default.homeDirectoryForCurrentUser.appendingPathComponent(".local/share").path
        return URL(fileURLWithPath: data).appendingPathComponent("moot/moot.sqlite")
    }
}
