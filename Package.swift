// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "Curbside",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "curbside", targets: ["curbside"]),
        .library(name: "Geodesy", targets: ["Geodesy"]),
        .library(name: "ZoneIndex", targets: ["ZoneIndex"]),
        .library(name: "ZoneSynthesis", targets: ["ZoneSynthesis"]),
        .library(name: "ZoneFormats", targets: ["ZoneFormats"]),
        .library(name: "Zones", targets: ["Zones"]),
        .library(name: "OutgoingHTTP", targets: ["OutgoingHTTP"]),
        .library(name: "Geocoding", targets: ["Geocoding"]),
        .library(name: "Customers", targets: ["Customers"]),
        .library(name: "Integrations", targets: ["Integrations"]),
        .library(name: "CurbsideStore", targets: ["CurbsideStore"]),
        .library(name: "CurbsideAPI", targets: ["CurbsideAPI"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift.git", from: "7.10.0"),
        .package(url: "https://github.com/swift-server/async-http-client.git", from: "1.37.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird.git", from: "2.28.1"),
        .package(url: "https://github.com/vapor/jwt-kit.git", from: "5.7.1"),
        .package(url: "https://github.com/swift-server/swift-prometheus.git", from: "2.4.1"),
        .package(url: "https://github.com/vapor/postgres-nio.git", from: "1.33.2"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle.git", from: "2.13.0"),
        // Already in the graph through jwt-kit; the API tests sign forged tokens with it.
        .package(url: "https://github.com/apple/swift-crypto.git", from: "4.5.2"),
        // Already in the graph through Hummingbird; `serve` runs Swift concurrency on its event loops.
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.101.0"),
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
        // GDAL's headers only: the library is loaded on first use by CGDALLoader, not linked (see GDALLoader.c).
        .systemLibrary(
            name: "CGDAL",
            providers: [.apt(["libgdal-dev"])]
        ),
        .systemLibrary(name: "CMalloc"),
        .target(name: "CGDALLoader", linkerSettings: [.linkedLibrary("dl")]),
        .target(name: "CPrefetch"),
        // Distances, bearings and areas on the WGS84 ellipsoid, from PROJ's geodesic routines.
        .target(
            name: "Geodesy",
            dependencies: ["CPROJ"]
        ),
        .target(
            name: "ZoneIndex",
            dependencies: ["CGEOS", "CPROJ", "CPrefetch", "Geodesy"]
        ),
        // Every vector format GDAL/OGR reads, kept out of ZoneIndex so the matching core does not link GDAL.
        .target(
            name: "ZoneFormats",
            dependencies: ["ZoneIndex", "CGDAL", "CGDALLoader"]
        ),
        .target(
            name: "ZoneSynthesis",
            dependencies: ["ZoneIndex", "CGEOS"]
        ),
        .target(
            name: "Zones",
            dependencies: ["ZoneIndex"]
        ),
        .target(
            name: "OutgoingHTTP",
            dependencies: [.product(name: "AsyncHTTPClient", package: "async-http-client")]
        ),
        .target(
            name: "Geocoding",
            dependencies: ["OutgoingHTTP", "Geodesy", .product(name: "AsyncHTTPClient", package: "async-http-client")],
            resources: [.copy("Resources/us_zip_centroids.csv"), .copy("Resources/us_places.csv")]
        ),
        .target(
            name: "Customers",
            dependencies: ["Geocoding", "Zones"]
        ),
        .target(
            name: "Integrations",
            dependencies: [
                "Customers", "OutgoingHTTP", .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        .target(
            name: "CurbsideStore",
            dependencies: [
                "ZoneIndex", "Zones", "Geocoding", "Geodesy", "Customers",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ],
            resources: [.copy("Seed/Resources/austin.geojson")]
        ),
        .target(
            name: "CurbsideAPI",
            dependencies: [
                "ZoneIndex", "ZoneFormats", "Zones", "Geocoding", "Geodesy", "Customers", "Integrations", "CurbsideStore", "OutgoingHTTP",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "JWTKit", package: "jwt-kit"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Prometheus", package: "swift-prometheus"),
            ]
        ),
        .executableTarget(
            name: "curbside",
            dependencies: [
                "ZoneIndex",
                "ZoneFormats",
                "ZoneSynthesis",
                "Geocoding",
                "Geodesy",
                "CurbsideStore",
                "CurbsideAPI",
                "CMalloc",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
            ]
        ),
        .testTarget(name: "GeodesyTests", dependencies: ["Geodesy"]),
        .testTarget(name: "ZoneIndexTests", dependencies: ["ZoneIndex", "ZoneSynthesis", "Geodesy", "CPROJ"]),
        .testTarget(name: "ZoneFormatsTests", dependencies: ["ZoneFormats", "ZoneIndex", "ZoneSynthesis"]),
        .testTarget(name: "ZoneSynthesisTests", dependencies: ["ZoneSynthesis", "ZoneIndex"]),
        .testTarget(
            name: "GeocodingTests",
            dependencies: [
                "Geocoding", "Geodesy", "CurbsideStore",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ],
            resources: [.copy("Resources/labelled_addresses.tsv")]
        ),
        .testTarget(name: "CustomersTests", dependencies: ["Customers", "Geocoding", "Zones"]),
        .testTarget(
            name: "CurbsideStoreTests",
            dependencies: [
                "CurbsideStore", "ZoneIndex", "Zones", "Customers", "Geocoding", "ZoneSynthesis", .product(name: "PostgresNIO", package: "postgres-nio"),
            ],
            resources: [.copy("Fixtures/release-2026-12.sqlite"), .copy("Fixtures/schema.txt")]
        ),
        .testTarget(
            name: "CurbsideAPITests",
            dependencies: [
                "CurbsideAPI", "CurbsideStore", "ZoneIndex", "Zones", "Geocoding", "Geodesy", "Customers", "Integrations",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "JWTKit", package: "jwt-kit"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "CryptoExtras", package: "swift-crypto"),
            ]
        ),
        .testTarget(
            name: "curbsideTests",
            dependencies: [
                "curbside", "ZoneIndex", "ZoneSynthesis",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "CryptoExtras", package: "swift-crypto"),
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ]
        ),
    ],
    swiftLanguageModes: [.v6]
)
