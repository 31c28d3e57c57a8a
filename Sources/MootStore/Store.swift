import Foundation
import GRDB
import MootSupport

/// Why the progress database could not be opened. The file is left exactly as it was; every message says what is
/// wrong in moot's words (no SQLite text) and gives advice that keeps the learner's progress.
public enum StoreError: Error, CustomStringConvertible {
    case newerVersion(URL)
    case unreadable(URL, String)
    case damaged(URL)
    case readOnly(URL, String)
    case noPermission(URL)
    case diskFull(URL)
    case notWritable(URL, String)
    case unknownLearner(String, known: [String])

    public var description: String {
        switch self {
        case .newerVersion(let url):
            "\(url.path) was written by a newer moot; upgrade moot to use it (the file is left untouched)"
        case .unreadable(let url, let reason):
            "\(url.path) is not a moot database (\(reason)); it is left untouched — check the path, or set --data-dir to another folder"
        case .damaged(let url):
            "\(url.path) is damaged (SQLite's quick check failed); nothing was written to it. Keep a copy: "
                + "`sqlite3 \(url.lastPathComponent) .recover` can usually save the progress in it"
        case .readOnly(let url, let what):
            "\(url.path): \(what) is read-only, so progress cannot be saved; your progress in it is safe. "
                + "Make it writable (chmod u+w) or use --data-dir; `moot progress` can still read it"
        case .noPermission(let url):
            "\(url.path): permission denied; your progress is safe. Check the owner and permissions, or use --data-dir"
        case .diskFull(let url):
            "\(url.path): the disk is full; nothing was lost. Free some space and start again"
        case .notWritable(let url, let reason):
            "cannot write progress to \(url.path): \(reason)"
        case .unknownLearner(let name, let known):
            "no learner '\(name)'" + Suggestion.hint(for: name, in: known)
                + (known.isEmpty ? "" : " (learners: \(known.joined(separator: ", ")))") + "; add --new-learner to create it"
        }
    }

    /// SQLite's result code, named as what it is, for the database at `url` in `folder`.
    static func from(_ error: DatabaseError, url: URL) -> StoreError {
        let folder = url.deletingLastPathComponent()
        switch error.resultCode.primaryResultCode {
        case .SQLITE_CORRUPT: return .damaged(url)
        case .SQLITE_NOTADB: return .unreadable(url, "it is not an SQLite file")
        case .SQLITE_FULL: return .diskFull(url)
        case .SQLITE_PERM, .SQLITE_AUTH: return .noPermission(url)
        case .SQLITE_READONLY, .SQLITE_CANTOPEN, .SQLITE_IOERR:
            let manager = FileManager.default
            if manager.fileExists(atPath: url.path), !manager.isReadableFile(atPath: url.path) { return .noPermission(url) }
            if manager.fileExists(atPath: url.path), !manager.isWritableFile(atPath: url.path) { return .readOnly(url, "the file") }
            if !manager.isWritableFile(atPath: folder.path) { return .readOnly(folder, "the folder") }
            if let free = (try? manager.attributesOfFileSystem(forPath: folder.path))?[.systemFreeSize] as? Int64, free < 64 * 1024 {
                return .diskFull(url)
            }
            return .notWritable(url, error.resultCode.primaryResultCode == .SQLITE_IOERR ? "the disk reported an error" : "the file cannot be opened")
        default:
            return .notWritable(url, "SQLite result \(error.resultCode.primaryResultCode.rawValue)")
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
    /// `readOnly` opens an existing file for reading only (`moot progress`): no folder is created, nothing migrated.
    public init(url: URL, clock: Clock = .system, readOnly: Bool = false) throws {
        self.url = url
        self.clock = clock
        let folder = url.deletingLastPathComponent()
        let manager = FileManager.default
        if !readOnly {
            do {
                try manager.createDirectory(at: folder, withIntermediateDirectories: true)
            } catch {
                var isFolder: ObjCBool = false
                if manager.fileExists(atPath: folder.path, isDirectory: &isFolder), !isFolder.boolValue {
                    throw StoreError.notWritable(folder, "it is a file, not a folder")
                }
                throw StoreError.notWritable(folder, "the folder cannot be created (is a folder above it read-only or missing?)")
            }
        }
        let exists = manager.fileExists(atPath: url.path)
        if exists {
            guard manager.isReadableFile(atPath: url.path) else { throw StoreError.noPermission(url) }
            try Self.inspect(url)
        }
        var configuration = Configuration()
        configuration.busyMode = .timeout(10)
        if readOnly {
            configuration.readonly = true
            do {
                database = try DatabasePool(path: Self.readPath(url), configuration: configuration)
            } catch let error as DatabaseError {
                throw StoreError.from(error, url: url)
            }
            return
        }
        guard manager.isWritableFile(atPath: folder.path) else { throw StoreError.readOnly(folder, "the folder") }
        if exists, !manager.isWritableFile(atPath: url.path) { throw StoreError.readOnly(url, "the file") }
        do {
            database = try DatabasePool(path: url.path, configuration: configuration)
            try Self.migrator.migrate(database)
        } catch let error as DatabaseError {
            throw StoreError.from(error, url: url)
        }
    }

    /// Where SQLite reads a file from without writing. In a folder nobody may write to, SQLite cannot make the WAL's
    /// side files, so the file is opened as immutable (a URI filename); elsewhere by its path.
    static func readPath(_ url: URL) -> String {
        let folder = url.deletingLastPathComponent().path
        guard !FileManager.default.isWritableFile(atPath: folder),
              !FileManager.default.fileExists(atPath: url.path + "-shm") else { return url.path }
        let escaped = url.path.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? url.path
        return "file:\(escaped)?immutable=1"
    }

    /// Reads an existing file without writing: is it SQLite, is it undamaged (`quick_check`), is it ours, and is it
    /// not from the future? Damage is found here, before anything can be written into the file.
    private static func inspect(_ url: URL) throws {
        var configuration = Configuration()
        configuration.readonly = true
        do {
            let queue = try DatabaseQueue(path: readPath(url), configuration: configuration)
            defer { try? queue.close() }
            let (check, superseded) = try queue.read { db -> (String, Bool) in
                _ = try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master")
                let check = try String.fetchAll(db, sql: "PRAGMA quick_check").joined(separator: "; ")
                return (check, check == "ok" ? try migrator.hasBeenSuperseded(db) : false)
            }
            if check != "ok" { throw StoreError.damaged(url) }
            if superseded { throw StoreError.newerVersion(url) }
        } catch let error as StoreError {
            throw error
        } catch let error as DatabaseError {
            throw StoreError.from(error, url: url)
        } catch {
            throw StoreError.damaged(url)
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
        // Review's daily limit asks which questions first came to review today: without these it read every attempt.
        migrator.registerMigration("v4: indexes for review attempts") { db in
            try db.execute(sql: """
                CREATE INDEX attempt_review_by_time ON attempt(learnerId, mode, at);
                CREATE INDEX attempt_review_by_question ON attempt(learnerId, mode, question, at);
                """)
        }
        // The final score is the credit of the latest close (0 when the answer had been shown), not the best try.
        migrator.registerMigration("v5: final scores") { db in
            try db.execute(sql: """
                ALTER TABLE questionProgress ADD COLUMN final REAL;
                UPDATE questionProgress SET final = best;
                """)
        }
        return migrator
    }

    /// The learner's id. An unknown name is created only when `create` is true, or for the very first learner.
    public func learner(named name: String, create: Bool) throws -> Int64 {
        do {
            // Read first: a read-only store can find its learners.
            let found = try database.read { db in
                try Int64.fetchOne(db, sql: "SELECT id FROM learner WHERE name = ?", arguments: [name])
            }
            if let found { return found }
            if !create {
                let known = try database.read { db in try String.fetchAll(db, sql: "SELECT name FROM learner ORDER BY name") }
                if !known.isEmpty { throw StoreError.unknownLearner(name, known: known) }
            }
            return try createLearner(named: name, create: create)
        } catch let error as DatabaseError {
            throw StoreError.from(error, url: url)
        }
    }

    private func createLearner(named name: String, create: Bool) throws -> Int64 {
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
            try Row.fetchOne(db, sql: "SELECT lesson, question, updatedAt FROM position WHERE learnerId = ? ORDER BY updatedAt DESC LIMIT 1",
                             arguments: [learner]).map { ResumePoint(lesson: $0["lesson"], question: $0["question"], at: $0["updatedAt"]) }
        }
    }

    static let openRunSetting = "open-run"

    /// The review or practice run the learner left open, if any (read before the course loads, for the greeting).
    public func openRun(learner: Int64) -> OpenRun? {
        let value = try? database.read { db in
            try String.fetchOne(db, sql: "SELECT value FROM setting WHERE learnerId = ? AND name = ?",
                                arguments: [learner, Self.openRunSetting])
        }
        return value.flatMap { try? JSONDecoder().decode(OpenRun.self, from: Data($0.utf8)) }
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
