// swift-tools-version: 6.1
import PackageDescription

// The benchmark programs, kept out of the root package so `swift test` never builds them.
let package = Package(
    name: "CurbsideBenchmarks",
    platforms: [.macOS(.v15)],
    dependencies: [
        .package(name: "Curbside", path: ".."),
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
    ],
    targets: [
        .executableTarget(
            name: "curbside-bench",
            dependencies: [
                .product(name: "ZoneIndex", package: "Curbside"),
                .product(name: "ZoneSynthesis", package: "Curbside"),
                .product(name: "Geocoding", package: "Curbside"),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
    ],
    swiftLanguageModes: [.v6]
)
