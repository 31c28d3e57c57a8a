// swift-tools-version:6.0
import PackageDescription

// The targets and what each may import are described in ARCHITECTURE.md; ArchitectureTests checks the imports.
let package = Package(
    name: "moot",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "moot", targets: ["moot"]),
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        // HMAC-SHA256 for the instructor's secret (quiz layouts, roster codes).
        .package(url: "https://github.com/apple/swift-crypto", from: "4.5.2"),
    ],
    targets: [
        // libedit, found through pkg-config; `apt-get install libedit-dev` provides it.
        .systemLibrary(name: "CEditLine", pkgConfig: "libedit", providers: [.apt(["libedit-dev"])]),
        // libedit's el_set/el_get/history are variadic: Swift calls them through this shim.
        .target(name: "CEditLineShim", dependencies: ["CEditLine"]),
        // Snowball's stemmers; `apt-get install libstemmer-dev` provides libstemmer (it ships no pkg-config file).
        .systemLibrary(name: "CStemmer", providers: [.apt(["libstemmer-dev"])]),
        .target(name: "LineEditor", dependencies: ["CEditLineShim"]),

        // The core, bottom up. No target names one above it.
        .target(name: "MootSupport"),
        .target(name: "MootModel", dependencies: ["MootSupport"]),
        .target(name: "MootContent", dependencies: ["MootModel", "MootSupport", .product(name: "Yams", package: "Yams")]),
        .target(name: "MootGrading", dependencies: ["MootModel", "MootSupport", "CStemmer"]),
        .target(name: "MootReview", dependencies: ["MootSupport"]),
        .target(name: "MootStore", dependencies: [
            "MootModel", "MootReview", "MootSupport", .product(name: "GRDB", package: "GRDB.swift"),
        ]),
        .target(name: "MootPresentation", dependencies: ["MootModel", "MootGrading", "MootStore", "MootSupport"]),
        .target(name: "MootQuiz", dependencies: [
            "MootModel", "MootGrading", "MootPresentation", "MootSupport", .product(name: "Crypto", package: "swift-crypto"),
        ]),
        .target(name: "MootSession", dependencies: [
            "MootModel", "MootContent", "MootGrading", "MootReview", "MootStore", "MootPresentation", "MootQuiz",
            "MootSupport",
        ]),

        .executableTarget(name: "moot", dependencies: [
            "MootSession", "MootContent", "MootStore", "MootQuiz", "MootGrading", "MootPresentation", "MootModel",
            "MootSupport", "LineEditor", "AnkiPackage", .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        // Writes an Anki package (.apkg): a collection in SQLite, zipped. Knows Anki's format, nothing of moot.
        .target(name: "AnkiPackage", dependencies: [
            "MootSupport", .product(name: "GRDB", package: "GRDB.swift"),
            .product(name: "ZIPFoundation", package: "ZIPFoundation"), .product(name: "Crypto", package: "swift-crypto"),
        ]),
        // Drives a program on a pseudo-terminal: the end-to-end tests and the benchmark use it.
        .target(name: "PseudoTerminal"),
        .executableTarget(name: "moot-bench", dependencies: [
            "MootContent", "MootGrading", "MootPresentation", "MootQuiz", "MootReview", "MootStore", "MootModel", "MootSupport",
            "PseudoTerminal",
        ]),
        // Unit tests on the small fixture course.
        .testTarget(name: "MootKitTests", dependencies: [
            "MootSupport", "MootModel", "MootContent", "MootGrading", "MootReview", "MootStore", "MootPresentation",
            "MootQuiz", "MootSession",
        ]),
        // Tests that read the real course under Lessons/ and Tests/Data: an edit to the content can break only these.
        .testTarget(name: "CourseContentTests", dependencies: [
            "MootSupport", "MootModel", "MootContent", "MootGrading", "MootReview", "MootStore", "MootPresentation",
            "MootQuiz", "MootSession", .product(name: "GRDB", package: "GRDB.swift"),
        ]),
        .testTarget(name: "EndToEndTests", dependencies: ["moot", "PseudoTerminal"]),
    ]
)
