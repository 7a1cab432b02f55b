// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "Curbside",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "curbside", targets: ["curbside"]),
        .library(name: "ZoneIndex", targets: ["ZoneIndex"]),
        .library(name: "ZoneSynthesis", targets: ["ZoneSynthesis"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
    ],
    targets: [
        .systemLibrary(
            name: "CGEOS",
            pkgConfig: "geos",
            providers: [.apt(["libgeos-dev"]), .brew(["geos"])]
        ),
        .systemLibrary(
            name: "CPROJ",
            pkgConfig: "proj",
            providers: [.apt(["libproj-dev"]), .brew(["proj"])]
        ),
        .target(
            name: "ZoneIndex",
            dependencies: ["CGEOS", "CPROJ"]
        ),
        .target(
            name: "ZoneSynthesis",
            dependencies: ["ZoneIndex", "CGEOS"]
        ),
        .executableTarget(
            name: "curbside",
            dependencies: [
                "ZoneIndex",
                "ZoneSynthesis",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "ZoneIndexTests", dependencies: ["ZoneIndex", "ZoneSynthesis"]),
        .testTarget(name: "ZoneSynthesisTests", dependencies: ["ZoneSynthesis", "ZoneIndex"]),
        .testTarget(name: "curbsideTests", dependencies: ["curbside", "ZoneIndex", "ZoneSynthesis"]),
    ],
    swiftLanguageModes: [.v6]
)
