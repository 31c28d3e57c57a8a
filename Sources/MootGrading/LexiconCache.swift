import Foundation
import MootModel
import MootSupport

/// Keeps each course's lexicon on disk (`$XDG_CACHE_HOME/moot/lexicon-*.json`), keyed by the map's wordings, the
/// glossary, the WordNet files and the lexicon's rules, so it is built once per content change, not per run.
public enum LexiconCache {
    /// The lexicon for a course: from this process's memory, else the cache file, else built and saved.
    /// A missing or damaged WordNet gives the course-only lexicon with a note saying why; a damaged cache file is
    /// rebuilt.
    public static func lexicon(for map: ArgumentMap, glossary: [GlossaryEntry], cache: URL? = defaultFolder(),
                               wordnet: URL? = nil) -> Lexicon {
        let wordnet = wordnet ?? WordNet.folder()
        let key = self.key(map: map, glossary: glossary, wordnet: wordnet)
        if let known = memory.withLock({ $0[key] }) { return known }
        let file = cache?.appendingPathComponent("lexicon-\(key).json")
        let wordsFile = file?.deletingPathExtension().appendingPathExtension("words")
        // One builder at a time: other moot processes (a second terminal, parallel tests) wait, then read its file.
        let lock = cache.flatMap { folder -> Int32? in
            try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let descriptor = open(folder.appendingPathComponent("lexicon.lock").path, O_CREAT | O_RDWR, 0o644)
            return descriptor >= 0 ? descriptor : nil
        }
        if let lock { flock(lock, LOCK_EX) }
        defer { if let lock { flock(lock, LOCK_UN); close(lock) } }
        if let file, let wordsFile, let data = FileManager.default.contents(atPath: file.path),
           var lexicon = try? JSONDecoder().decode(Lexicon.self, from: data), lexicon.rules == Lexicon.rules,
           let bytes = FileManager.default.contents(atPath: wordsFile.path), let english = EnglishWords(bytes: Array(bytes)) {
            lexicon.english = english
            memory.withLock { $0[key] = lexicon }
            return lexicon
        }
        let lexicon: Lexicon
        do {
            lexicon = Lexicon.build(map: map, glossary: glossary, wordnet: try WordNet(folder: wordnet))
            if let file, let wordsFile, let data = try? JSONEncoder().encode(lexicon) {
                try? FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
                // The words first: a JSON file without its words beside it is rebuilt.
                try? Data(lexicon.english.bytes).write(to: wordsFile, options: .atomic)
                try? data.write(to: file, options: .atomic)
                prune(file.deletingLastPathComponent())
            }
        } catch {
            lexicon = Lexicon(note: "WordNet could not be read (\(error)); answers are matched on the course's own words only")
        }
        memory.withLock { $0[key] = lexicon }
        return lexicon
    }

    /// How many lexicons the cache keeps: one per content version, each about 1.5 MB with its words.
    static let kept = 8

    /// Removes all but the `kept` most recently written lexicons (each edit of the map writes a new one), so an
    /// author's cache does not grow without bound. Called with the lock held.
    static func prune(_ folder: URL) {
        let files = (try? FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: [.contentModificationDateKey])) ?? []
        let lexicons = files.filter { $0.lastPathComponent.hasPrefix("lexicon-") && $0.pathExtension == "json" }
            .map { ($0, (try? $0.resourceValues(forKeys: [.contentModificationDateKey]).contentModificationDate) ?? .distantPast) }
            .sorted { $0.1 > $1.1 }
        for (json, _) in lexicons.dropFirst(kept) {
            try? FileManager.default.removeItem(at: json)
            try? FileManager.default.removeItem(at: json.deletingPathExtension().appendingPathExtension("words"))
        }
    }

    /// `$XDG_CACHE_HOME/moot`, else `~/.cache/moot`; nil when neither can be named.
    public static func defaultFolder(environment: [String: String] = ProcessInfo.processInfo.environment) -> URL? {
        if let cache = environment["XDG_CACHE_HOME"], !cache.isEmpty {
            return URL(fileURLWithPath: cache).appendingPathComponent("moot")
        }
        guard let home = environment["HOME"], !home.isEmpty else { return nil }
        return URL(fileURLWithPath: home).appendingPathComponent(".cache/moot")
    }

    private static let memory = Locked<[String: Lexicon]>([:])

    /// Drops what this process remembers, so the next call reads the cache file (tests, the benchmark).
    public static func forget() { memory.withLock { $0.removeAll() } }

    /// What the lexicon depends on: every wording of the map, the synonyms and glossary, WordNet's files (size and
    /// modification time) and the rules.
    static func key(map: ArgumentMap, glossary: [GlossaryEntry], wordnet: URL) -> String {
        var parts = ["rules \(Lexicon.rules)"]
        for node in map.nodes {
            parts.append(([node.id, node.title, node.text] + node.accept.phrases + node.accept.aliases + node.accept.groups.flatMap { $0 }
                          + node.accept.reject).joined(separator: "|"))
        }
        parts += map.synonyms.map { $0.joined(separator: "|") }
        parts += glossary.map { ([$0.term] + $0.plain).joined(separator: "|") }
        for pos in WordNet.partsOfSpeech {
            for name in ["index.\(pos)", "data.\(pos)", "\(pos).exc"] {
                var info = stat()
                let path = wordnet.appendingPathComponent(name).path
                parts.append(stat(path, &info) == 0 ? "\(name):\(info.st_size):\(info.st_mtim.tv_sec)" : "\(name):none")
            }
        }
        let text = parts.joined(separator: "\n")
        return String(FNV1a.hash(text), radix: 16) + String(FNV1a.hash(String(text.reversed())), radix: 16)
    }
}

/// A value behind a lock, for a process-wide memo.
final class Locked<Value>: @unchecked Sendable {
    private var value: Value
    private let lock = NSLock()
    init(_ value: Value) { self.value = value }
    func withLock<T>(_ body: (inout Value) -> T) -> T { lock.withLock { body(&value) } }
}
