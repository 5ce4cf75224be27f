// swift-tools-version:6.0
import PackageDescription

// The core model depends on nothing but Foundation. Each exporter is a target of
// its own; SDGBriefEngine runs any of them without knowing one, and
// SDGBriefCLI is the only target that knows them all.
let package = Package(
    name: "sdgbrief",
    products: [
        .executable(name: "sdgbrief", targets: ["sdgbrief"]),
        .library(name: "SDGBriefCore", targets: ["SDGBriefCore"]),
        .library(name: "SDGBriefLoader", targets: ["SDGBriefLoader"]),
        .library(name: "SDGBriefCSV", targets: ["SDGBriefCSV"]),
        .library(name: "SDGBriefXLSX", targets: ["SDGBriefXLSX"]),
        .library(name: "SDGBriefText", targets: ["SDGBriefText"]),
        .library(name: "SDGBriefJSON", targets: ["SDGBriefJSON"]),
        .library(name: "SDGBriefMarkdown", targets: ["SDGBriefMarkdown"]),
        .library(name: "SDGBriefGraphics", targets: ["SDGBriefGraphics"]),
        .library(name: "SDGBriefCairo", targets: ["SDGBriefCairo"]),
        .library(name: "SDGBriefCharts", targets: ["SDGBriefCharts"]),
        .library(name: "SDGBriefChartExport", targets: ["SDGBriefChartExport"]),
        .library(name: "SDGBriefPDF", targets: ["SDGBriefPDF"]),
        .library(name: "SDGBriefSynth", targets: ["SDGBriefSynth"]),
        .library(name: "SDGBriefPPTX", targets: ["SDGBriefPPTX"]),
        .library(name: "SDGBriefEngine", targets: ["SDGBriefEngine"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        // SHA-256 for the export manifest; Foundation has none on Linux.
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.0"),
        // Tests only: reads exported CSV back with a parser that shares no code with the writer.
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.0"),
        // Office Open XML files (the workbook, the slide deck) are ZIP packages.
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    ],
    // Sources/ follows the pipeline: Model (the report and its words), Loader
    // (files to the model), Exporters (one target per format, drawing through
    // Drawing), Engine (running exporters into a directory), CommandLine (the
    // commands); BuildTools embed the bundled assets at build time.
    targets: [
        .target(name: "SDGBriefCore", path: "Sources/Model/SDGBriefCore"),
        .target(
            name: "SDGBriefLoader",
            dependencies: ["SDGBriefCore", "Yams"],
            path: "Sources/Loader/SDGBriefLoader",
            plugins: ["EmbedBundledReport"]
        ),

        .target(name: "SDGBriefCSV", dependencies: ["SDGBriefCore"], path: "Sources/Exporters/SDGBriefCSV"),
        // The ZIP container both Office formats share: package conventions on ZIPFoundation.
        .target(name: "SDGBriefOOXML", dependencies: ["ZIPFoundation"], path: "Sources/Exporters/SDGBriefOOXML"),
        // The workbook writes the CSV's tables, from the same rows and descriptions.
        .target(
            name: "SDGBriefXLSX",
            dependencies: ["SDGBriefCore", "SDGBriefCSV", "SDGBriefOOXML"],
            path: "Sources/Exporters/SDGBriefXLSX"
        ),
        .target(name: "SDGBriefText", dependencies: ["SDGBriefCore"], path: "Sources/Exporters/SDGBriefText"),
        .target(name: "SDGBriefJSON", dependencies: ["SDGBriefCore"], path: "Sources/Exporters/SDGBriefJSON"),
        .target(
            name: "SDGBriefMarkdown",
            dependencies: ["SDGBriefCore", "SDGBriefCharts"],
            path: "Sources/Exporters/SDGBriefMarkdown"
        ),
        // Reports of any size shaped like the bundled one, for measuring scale.
        .target(name: "SDGBriefSynth", dependencies: ["SDGBriefCore"], path: "Sources/Model/SDGBriefSynth"),

        // The export engine: the registry, the run across cores, staging and
        // the output directory, the manifest, external exporters. It knows no
        // format; the built-in ones are given to it.
        .target(
            name: "SDGBriefEngine",
            dependencies: ["SDGBriefCore", "SDGBriefLoader", "CMalloc", .product(name: "Crypto", package: "swift-crypto")],
            path: "Sources/Engine/SDGBriefEngine"
        ),
        .target(
            name: "SDGBriefCLI",
            dependencies: [
                "SDGBriefCore", "SDGBriefLoader", "SDGBriefEngine", "SDGBriefCairo", "SDGBriefGraphics",
                "SDGBriefCSV", "SDGBriefXLSX", "SDGBriefText", "SDGBriefJSON", "SDGBriefMarkdown", "SDGBriefPDF",
                "SDGBriefCharts", "SDGBriefChartExport", "SDGBriefSynth", "SDGBriefPPTX",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            path: "Sources/CommandLine/SDGBriefCLI"
        ),
        .executableTarget(name: "sdgbrief", dependencies: ["SDGBriefCLI"], path: "Sources/CommandLine/sdgbrief"),

        // Build-time embedding of Assets/report.yaml, so that an installed
        // binary carries the bundled report with it.
        .executableTarget(name: "embed-asset", path: "Sources/BuildTools/EmbedAsset"),
        .plugin(
            name: "EmbedBundledReport",
            capability: .buildTool(),
            dependencies: ["embed-asset"]
        ),
        // The same for the map chart's land: Assets/naturalearth/countries-110m.txt.
        .plugin(
            name: "EmbedWorldMap",
            capability: .buildTool(),
            dependencies: ["embed-asset"]
        ),
        // `swift package --allow-writing-to-package-directory export-brief`:
        // builds the tool and exports into Output/ with the arguments given.
        .plugin(
            name: "ExportBrief",
            capability: .command(
                intent: .custom(verb: "export-brief", description: "Build sdgbrief and export the report into Output/"),
                permissions: [.writeToPackageDirectory(reason: "sdgbrief writes the exported files into Output/")]
            ),
            dependencies: ["sdgbrief"]
        ),

        // Charts and page layout produce plain marks; SDGBriefCairo is the only
        // code that calls the drawing library, so layouts can be tested
        // without drawing and the C types stay out of every public API.
        .target(name: "SDGBriefGraphics", path: "Sources/Drawing/SDGBriefGraphics"),
        .systemLibrary(
            name: "CCairoPango",
            path: "Sources/Drawing/CCairoPango",
            pkgConfig: "pangocairo",
            providers: [.apt(["libcairo2-dev", "libpango1.0-dev"])]
        ),
        // Charts' PNGs are compressed with zlib directly: cairo's PNG writer
        // has no speed setting and spent most of a chart's time compressing.
        // Not named CZlib: ZIPFoundation has a module of that name, and two
        // modules of one name cannot meet in a target that sees both.
        .systemLibrary(
            name: "CSystemZlib",
            path: "Sources/Drawing/CSystemZlib",
            pkgConfig: "zlib",
            providers: [.apt(["zlib1g-dev"])]
        ),
        // malloc_trim and mallopt, so an export hands back what the loader and
        // each exporter freed, and large blocks never settle in the heap.
        .systemLibrary(name: "CMalloc", path: "Sources/Engine/CMalloc"),
        .target(
            name: "SDGBriefCairo",
            dependencies: ["CCairoPango", "CSystemZlib", "CPDFTagging", "SDGBriefGraphics"],
            path: "Sources/Drawing/SDGBriefCairo"
        ),
        // Cairo 1.16 writes structure tags but no /Alt, /Lang or artifacts;
        // qpdf (C++ API: object model and content tokenizer) adds them after.
        .target(
            name: "CPDFTagging",
            path: "Sources/Drawing/CPDFTagging",
            // Use qpdf's std::shared_ptr API, not the PointerHolder it is retiring.
            cxxSettings: [.define("POINTERHOLDER_TRANSITION", to: "4")],
            linkerSettings: [.linkedLibrary("qpdf")]
        ),
        // Chart layout knows nothing of Cairo, so the PDF brief can embed the
        // same drawings as vectors and tests can check layouts without drawing.
        .target(
            name: "SDGBriefCharts",
            dependencies: ["SDGBriefCore", "SDGBriefGraphics"],
            path: "Sources/Exporters/SDGBriefCharts",
            plugins: ["EmbedWorldMap"]
        ),
        .target(
            name: "SDGBriefChartExport",
            dependencies: ["SDGBriefCharts", "SDGBriefCairo", "SDGBriefCore"],
            path: "Sources/Exporters/SDGBriefChartExport"
        ),
        // The printable brief: page layout is pure (report → pages of marks,
        // measured through a TextMeasurer); only PDFExporter writes through Cairo.
        // It shares the drawing exporters' glyph check with the charts.
        .target(
            name: "SDGBriefPDF",
            dependencies: ["SDGBriefCore", "SDGBriefGraphics", "SDGBriefCairo", "SDGBriefCharts", "SDGBriefChartExport"],
            path: "Sources/Exporters/SDGBriefPDF"
        ),
        // The slide deck places the chart exporters' own SVG and PNG files.
        .target(
            name: "SDGBriefPPTX",
            dependencies: ["SDGBriefCore", "SDGBriefCharts", "SDGBriefChartExport", "SDGBriefOOXML"],
            path: "Sources/Exporters/SDGBriefPPTX"
        ),

        .testTarget(name: "SDGBriefCoreTests", dependencies: ["SDGBriefCore"]),
        .testTarget(name: "SDGBriefLoaderTests", dependencies: ["SDGBriefLoader", "SDGBriefSynth", "Yams"], exclude: ["Fuzz"]),
        .testTarget(
            name: "SDGBriefCSVTests",
            dependencies: ["SDGBriefCSV", "SDGBriefTestSupport", .product(name: "CSV", package: "CSV.swift")]
        ),
        .testTarget(name: "SDGBriefOOXMLTests", dependencies: ["SDGBriefOOXML", "SDGBriefTestSupport"]),
        .testTarget(name: "SDGBriefXLSXTests", dependencies: ["SDGBriefXLSX", "SDGBriefCSV", "SDGBriefLoader", "SDGBriefSynth", "SDGBriefTestSupport"]),
        .testTarget(name: "SDGBriefTextTests", dependencies: ["SDGBriefText"]),
        .testTarget(name: "SDGBriefMarkdownTests", dependencies: ["SDGBriefMarkdown", "SDGBriefCharts"], exclude: ["Snapshots"]),
        .testTarget(name: "SDGBriefJSONTests", dependencies: ["SDGBriefJSON", "SDGBriefLoader", "SDGBriefCSV"]),
        // Depends on the executable too, so `swift test` builds the binary these tests run.
        .testTarget(name: "SDGBriefCLITests", dependencies: ["SDGBriefCLI", "SDGBriefEngine", "sdgbrief", "SDGBriefTestSupport"], exclude: ["Fixtures", "BadInput"]),
        .testTarget(name: "SDGBriefGraphicsTests", dependencies: ["SDGBriefGraphics"]),
        .testTarget(name: "SDGBriefEngineTests", dependencies: ["SDGBriefEngine", "SDGBriefCore"]),
        // What the tests that read rendered files share: running poppler, qpdf and the like.
        .target(name: "SDGBriefTestSupport", path: "Tests/SDGBriefTestSupport"),
        .testTarget(name: "SDGBriefCairoTests", dependencies: ["SDGBriefCairo", "SDGBriefGraphics", "CCairoPango", "SDGBriefSynth", "SDGBriefTestSupport"]),
        .testTarget(
            name: "SDGBriefChartsTests",
            dependencies: ["SDGBriefCharts", "SDGBriefCairo", "SDGBriefLoader", "SDGBriefSynth", .product(name: "Crypto", package: "swift-crypto")]
        ),
        .testTarget(name: "SDGBriefChartExportTests", dependencies: ["SDGBriefChartExport", "SDGBriefCairo", "SDGBriefLoader"]),
        .testTarget(name: "SDGBriefPDFTests", dependencies: ["SDGBriefPDF", "SDGBriefLoader", "SDGBriefTestSupport"]),
        .testTarget(
            name: "SDGBriefPPTXTests",
            dependencies: ["SDGBriefPPTX", "SDGBriefLoader", "SDGBriefSynth", "SDGBriefTestSupport", .product(name: "ZIPFoundation", package: "ZIPFoundation")]
        ),
        .testTarget(name: "SDGBriefSynthTests", dependencies: ["SDGBriefSynth", "SDGBriefLoader", "Yams"]),
    ],
    // libqpdf's headers need C++17.
    cxxLanguageStandard: .cxx17
)

// The loader's fuzz target exists only for Tests/Fuzz/run: libFuzzer supplies
// its `main`, so it links only when built with -sanitize=fuzzer.
if Context.environment["SDGBRIEF_FUZZ"] == "1" {
    package.targets.append(
        .executableTarget(name: "FuzzReportLoader", dependencies: ["SDGBriefLoader"], path: "Tests/Fuzz/FuzzReportLoader")
    )
}
