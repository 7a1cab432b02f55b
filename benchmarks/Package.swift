// swift-tools-version: 6.1
import PackageDescription

// The benchmark programs, kept out of the root package so `swift test` never builds them.
let package = Package(
    name: "CurbsideBenchmarks",
    platforms: [.macOS(.v15)],
    dependencies: [
        .package(name: "Curbside", path: ".."),
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/hummingbird-project/hummingbird.git", from: "2.28.1"),
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.101.0"),
    ],
    targets: [
        .executableTarget(
            name: "curbside-bench",
            dependencies: [
                .product(name: "ZoneIndex", package: "Curbside"),
                .product(name: "ZoneSynthesis", package: "Curbside"),
                .product(name: "Geocoding", package: "Curbside"),
                .product(name: "Geodesy", package: "Curbside"),
                .product(name: "Zones", package: "Curbside"),
                .product(name: "Customers", package: "Curbside"),
                .product(name: "CurbsideStore", package: "Curbside"),
                .product(name: "Integrations", package: "Curbside"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "hummingbird-floor",
            dependencies: [
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
            ]
        ),
    ],
    swiftLanguageModes: [.v6]
)
