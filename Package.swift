// swift-tools-version:6.0
import PackageDescription

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
    ],
    targets: [
        // libedit, found through pkg-config; `apt-get install libedit-dev` provides it.
        .systemLibrary(name: "CEditLine", pkgConfig: "libedit", providers: [.apt(["libedit-dev"])]),
        // libedit's el_set/el_get/history are variadic: Swift calls them through this shim.
        .target(name: "CEditLineShim", dependencies: ["CEditLine"]),
        .target(name: "LineEditor", dependencies: ["CEditLineShim"]),
        .target(name: "MootKit", dependencies: [
            .product(name: "Yams", package: "Yams"),
            .product(name: "GRDB", package: "GRDB.swift"),
        ]),
        .executableTarget(name: "moot", dependencies: [
            "MootKit", "LineEditor",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        // Drives a program on a pseudo-terminal: the end-to-end tests and the benchmark use it.
        .target(name: "PseudoTerminal"),
        .executableTarget(name: "moot-bench", dependencies: [
            "MootKit", "PseudoTerminal", .product(name: "GRDB", package: "GRDB.swift"),
        ]),
        .testTarget(name: "MootKitTests", dependencies: ["MootKit"]),
        .testTarget(name: "EndToEndTests", dependencies: ["moot", "PseudoTerminal"]),
    ]
)
