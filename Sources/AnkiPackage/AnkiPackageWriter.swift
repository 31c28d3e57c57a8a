import Foundation
import ZIPFoundation

/// An .apkg as Anki imports it (File › Import): a zip holding the collection as `collection.anki21` (schema 11,
/// Anki's "legacy 2" package, read by every Anki since 2.1.0) and `media`, the JSON list of media files (none here).
public enum AnkiPackageWriter {
    /// Why the package could not be written, with the path it was meant for.
    public struct Failure: Error, CustomStringConvertible {
        public var path: String
        public var reason: String
        public var description: String { "cannot write \(path): \(reason)" }
    }

    /// Writes the package to `destination` whole or not at all: it is built in a temporary file in the same folder
    /// and renamed over the destination only when complete. `modified` is seconds since 1970.
    public static func write(_ notes: [AnkiNote], noteType: AnkiNoteType, to destination: URL, modified: Int64) throws {
        let folder = destination.deletingLastPathComponent()
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder), isFolder.boolValue else {
            throw Failure(path: destination.path, reason: "the folder \(folder.path) does not exist")
        }
        if FileManager.default.fileExists(atPath: destination.path, isDirectory: &isFolder), isFolder.boolValue {
            throw Failure(path: destination.path, reason: "it is a folder")
        }
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("moot-apkg-\(UUID().uuidString)")
        let partial = folder.appendingPathComponent(".\(destination.lastPathComponent).\(UUID().uuidString).partial")
        defer {
            try? FileManager.default.removeItem(at: work)
            try? FileManager.default.removeItem(at: partial)
        }
        // A file the folder refuses is refused here, with the system's reason, before anything is built.
        let probe = open(partial.path, O_CREAT | O_EXCL | O_WRONLY, 0o644)
        guard probe >= 0 else { throw Failure(path: destination.path, reason: String(cString: strerror(errno))) }
        close(probe)
        unlink(partial.path)
        do {
            try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
            let collection = work.appendingPathComponent("collection.anki21")
            try AnkiCollection.write(notes, noteType: noteType, to: collection, modified: modified)
            let media = work.appendingPathComponent("media")
            try Data("{}".utf8).write(to: media)
            let archive = try Archive(url: partial, accessMode: .create)
            try archive.addEntry(with: "collection.anki21", fileURL: collection, compressionMethod: .deflate)
            try archive.addEntry(with: "media", fileURL: media, compressionMethod: .deflate)
        } catch let failure as Failure {
            throw failure
        } catch {
            throw Failure(path: destination.path, reason: describe(error))
        }
        guard rename(partial.path, destination.path) == 0 else {
            throw Failure(path: destination.path, reason: String(cString: strerror(errno)))
        }
    }

    /// A reason a person can act on, never a Foundation error code.
    static func describe(_ error: Error) -> String {
        let nsError = error as NSError
        if let posix = (nsError.userInfo[NSUnderlyingErrorKey] as? NSError).map({ $0.domain == NSPOSIXErrorDomain ? $0.code : 0 }), posix != 0 {
            return String(cString: strerror(Int32(posix)))
        }
        if nsError.domain == NSPOSIXErrorDomain { return String(cString: strerror(Int32(nsError.code))) }
        if nsError.domain == NSCocoaErrorDomain, [NSFileWriteOutOfSpaceError].contains(nsError.code) { return "the disk is full" }
        return "the package could not be built (\(String(describing: type(of: error))))"
    }
}
