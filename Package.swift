// swift-tools-version: 6.0
import PackageDescription

/// One settings array for every target: Swift 6 language mode (strict concurrency) is the
/// default of tools version 6.0; warnings about unsafe flags stay off because we need none.
let swiftSettings: [SwiftSetting] = []

let package = Package(
    name: "BreachDiff",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "BreachDiff", targets: ["BreachDiff"]),
        .executable(name: "breachdiff", targets: ["breachdiff"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        .systemLibrary(
            name: "CSQLite",
            providers: [.apt(["libsqlite3-dev"])]
        ),
        .target(
            name: "BreachDiff",
            dependencies: ["CLibXML2", "CSQLite"],
            swiftSettings: swiftSettings
        ),
        .executableTarget(
            name: "breachdiff",
            dependencies: [
                "BreachDiff",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "BreachDiffTests",
            dependencies: ["BreachDiff"],
            resources: [.copy("Fixtures")],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "breachdiffTests",
            dependencies: ["breachdiff"],
            swiftSettings: swiftSettings
        ),
    ]
)
