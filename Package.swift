// swift-tools-version:6.0
import PackageDescription

// The core model depends on nothing but Foundation. Each exporter is a target of
// its own; SDGBriefCLI is the only target that knows them all.
let package = Package(
    name: "sdgbrief",
    products: [
        .library(name: "SDGBriefCore", targets: ["SDGBriefCore"]),
        .library(name: "SDGBriefLoader", targets: ["SDGBriefLoader"]),
        .library(name: "SDGBriefGraphics", targets: ["SDGBriefGraphics"]),
        .library(name: "SDGBriefCairo", targets: ["SDGBriefCairo"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
    ],
    targets: [
        .target(name: "SDGBriefCore"),
        .target(
            name: "SDGBriefLoader",
            dependencies: ["SDGBriefCore", "Yams"],
            plugins: ["EmbedBundledReport"]
        ),

        // Build-time embedding of Assets/report.yaml, so that an installed
        // binary carries the bundled report with it.
        .executableTarget(name: "embed-asset", path: "Sources/EmbedAsset"),
        .plugin(
            name: "EmbedBundledReport",
            capability: .buildTool(),
            dependencies: ["embed-asset"]
        ),

        // Charts and page layout produce plain marks; SDGBriefCairo is the only
        // code that calls the drawing library, so layouts can be tested
        // without drawing and the C types stay out of every public API.
        .target(name: "SDGBriefGraphics"),
        .systemLibrary(
            name: "CCairoPango",
            path: "Sources/CCairoPango",
            pkgConfig: "pangocairo",
            providers: [.apt(["libcairo2-dev", "libpango1.0-dev"])]
        ),
        .target(name: "SDGBriefCairo", dependencies: ["CCairoPango", "SDGBriefGraphics"]),

        .testTarget(name: "SDGBriefCoreTests", dependencies: ["SDGBriefCore"]),
        .testTarget(name: "SDGBriefLoaderTests", dependencies: ["SDGBriefLoader"]),
        .testTarget(name: "SDGBriefGraphicsTests", dependencies: ["SDGBriefGraphics"]),
        .testTarget(name: "SDGBriefCairoTests", dependencies: ["SDGBriefCairo", "SDGBriefGraphics", "CCairoPango"]),
    ]
)
