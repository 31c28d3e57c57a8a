import Foundation
import MootModel
import MootSupport

/// A record that the content, exactly as it is on disk now, passed validation with this build of moot.
///
/// With a matching stamp the tutor can show its prompt at once and load the course in the background: nothing
/// can have changed since it was last found valid. Any edit to a content file, or a new moot, voids the stamp.
public struct ValidationStamp: Codable, Equatable, Sendable {
    public var fingerprint: String
    public var summary: CourseSummary

    /// The stamp for this content if it is still valid, or nil.
    public static func current(root: URL, cache: URL) -> ValidationStamp? {
        guard let fingerprint = fingerprint(root: root),
              let data = FileManager.default.contents(atPath: file(root: root, cache: cache).path),
              let stamp = try? JSONDecoder().decode(ValidationStamp.self, from: data),
              stamp.fingerprint == fingerprint else { return nil }
        return stamp
    }

    /// Records that `course`, just loaded from `root` without errors, is valid. Failing to write is harmless.
    public static func record(_ course: Course, root: URL, cache: URL) {
        guard let fingerprint = fingerprint(root: root),
              let data = try? JSONEncoder().encode(ValidationStamp(fingerprint: fingerprint, summary: CourseSummary(course: course)))
        else { return }
        try? FileManager.default.createDirectory(at: cache, withIntermediateDirectories: true)
        try? data.write(to: file(root: root, cache: cache), options: .atomic)
    }

    /// One stamp per content folder.
    static func file(root: URL, cache: URL) -> URL {
        cache.appendingPathComponent("validated-\(String(FNV1a.hash(root.standardizedFileURL.path), radix: 16)).json")
    }

    /// Path, size and modification time of every content file and of the running executable. (`stat` itself:
    /// Foundation's file attributes also look up owner names, which costs the prompt a millisecond.)
    static func fingerprint(root: URL) -> String? {
        var parts: [String] = []
        let executable = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        for url in [executable] + contentFiles(root: root) {
            var info = stat()
            guard stat(url.path, &info) == 0 else { return nil }
            parts.append("\(url.lastPathComponent):\(info.st_size):\(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec)")
        }
        return parts.joined(separator: "|")
    }

    static func contentFiles(root: URL) -> [URL] {
        ["Lessons", "Quizzes"].flatMap { folder -> [URL] in
            let url = root.appendingPathComponent(folder)
            let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
            return names.filter { $0.hasSuffix(".yaml") }.sorted().map { url.appendingPathComponent($0) }
        }
    }
}
