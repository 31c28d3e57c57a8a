import Foundation
import Testing

/// The walls of ARCHITECTURE.md, checked on the sources: SwiftPM lets a target import what its dependencies
/// depend on; this does not.
@Suite struct ArchitectureTests {
    static let moot = ["MootSupport", "MootModel", "MootContent", "MootGrading", "MootReview", "MootStore",
                       "MootPresentation", "MootQuiz", "MootSession"]
    /// Each target's allowed imports besides Foundation and Dispatch.
    static let allowed: [String: Set<String>] = [
        "MootSupport": [],
        "MootModel": ["MootSupport"],
        "MootContent": ["MootModel", "MootSupport", "Yams"],
        "MootGrading": ["MootModel", "MootSupport", "CStemmer"],
        "MootReview": ["MootSupport"],
        "MootStore": ["MootModel", "MootReview", "MootSupport", "GRDB"],
        "MootPresentation": ["MootModel", "MootGrading", "MootStore", "MootSupport"],
        "MootQuiz": ["MootModel", "MootGrading", "MootPresentation", "MootSupport", "Crypto"],
        "MootSession": Set(moot).subtracting(["MootSession"]),
        "AnkiPackage": ["MootSupport", "GRDB", "ZIPFoundation", "Crypto"],
        "moot": Set(moot).union(["LineEditor", "ArgumentParser", "AnkiPackage"]),
        "moot-bench": Set(moot).subtracting(["MootSession"]).union(["PseudoTerminal"]),
    ]

    @Test func everyTargetImportsOnlyWhatItsRowAllows() throws {
        let sources = Repository.root.appendingPathComponent("Sources")
        for (target, allowed) in Self.allowed {
            let folder = sources.appendingPathComponent(target)
            let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".swift") }
            #expect(!files.isEmpty, "\(target) has no sources")
            for file in files {
                let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
                for line in text.split(separator: "\n") where line.hasPrefix("import ") || line.hasPrefix("@testable import ") {
                    let module = String(line.split(separator: " ").last ?? "")
                    guard !["Foundation", "Dispatch"].contains(module) else { continue }
                    #expect(allowed.contains(module), "\(target)/\(file) imports \(module)")
                }
            }
        }
    }

    @Test func noSourceFileIsOverThreeHundredLinesWithoutSayingWhy() throws {
        let sources = Repository.root.appendingPathComponent("Sources")
        let enumerator = FileManager.default.enumerator(atPath: sources.path)
        while let path = enumerator?.nextObject() as? String {
            guard path.hasSuffix(".swift") else { continue }
            let text = try String(contentsOf: sources.appendingPathComponent(path), encoding: .utf8)
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            if lines.count > 320 {
                #expect(lines.prefix(12).contains { $0.contains("Over 300 lines:") }, "\(path) has \(lines.count) lines")
            }
        }
    }
}
