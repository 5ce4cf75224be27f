import Foundation
@testable import SDGBriefCLI
@testable import SDGBriefEngine
import SDGBriefCore
import Testing

@testable import SDGBriefCLI

@Suite struct ExportCommandTests {
    @Test func exportsTheBundledReportIntoOutputOfTheWorkingDirectory() throws {
        let directory = try SDGBriefBinary.temporaryDirectory()
        let result = try SDGBriefBinary.run(["export", "--format", "csv,text,json"], in: directory)
        #expect(result.status == 0, "\(result.standardError)")
        let files = SDGBriefBinary.files(in: directory.appendingPathComponent("Output"))
        #expect(files.contains("csv/cases.csv"))
        #expect(files.contains("csv/metrics.csv"))
        #expect(files.contains("city-partnerships-sdgs.txt"))
        #expect(files.contains("city-partnerships-sdgs.json"))
        #expect(result.standardOutput.split(separator: "\n").count == files.count, "one line per file written")
    }

    @Test func writesOnlyTheFormatsAskedFor() throws {
        let directory = try SDGBriefBinary.temporaryDirectory()
        let result = try SDGBriefBinary.run(["export", "-f", "json", "-o", "out"], in: directory)
        #expect(result.status == 0, "\(result.standardError)")
        #expect(SDGBriefBinary.files(in: directory.appendingPathComponent("out")) == ["city-partnerships-sdgs.json", "manifest.json"])
    }

    @Test func rejectsAnUnknownFormatListingTheKnownOnes() throws {
        let directory = try SDGBriefBinary.temporaryDirectory()
        let result = try SDGBriefBinary.run(["export", "--format", "csv,docx"], in: directory)
        #expect(result.status == 64)
        #expect(result.standardError.contains("unknown format \"docx\" (known formats: csv, text, json"))
        #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent("Output").path))
    }

    @Test func writesNothingForAnInvalidReport() throws {
        let directory = try SDGBriefBinary.temporaryDirectory()
        let input = SDGBriefBinary.fixture("three-mistakes.yaml")
        let result = try SDGBriefBinary.run(["export", "--input", input, "--output", "out"], in: directory)
        #expect(result.status == 65)
        #expect(result.standardError.split(separator: "\n").count == 3)
        #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent("out").path))
    }

    @Test func exportsAUsersOwnReport() throws {
        let directory = try SDGBriefBinary.temporaryDirectory()
        let input = SDGBriefBinary.fixture("valid-two-cases.yaml")
        let result = try SDGBriefBinary.run(["export", "-i", input, "-f", "csv", "-o", "out"], in: directory)
        #expect(result.status == 0, "\(result.standardError)")
        let cases = try String(contentsOf: directory.appendingPathComponent("out/csv/cases.csv"), encoding: .utf8)
        #expect(cases.contains("harbour-city") && cases.contains("hill-town"))
    }

    @Test func refusesAFileWhereTheOutputDirectoryShouldBe() throws {
        let directory = try SDGBriefBinary.temporaryDirectory()
        try Data("x".utf8).write(to: directory.appendingPathComponent("out"))
        let result = try SDGBriefBinary.run(["export", "-f", "json", "-o", "out"], in: directory)
        #expect(result.status == 73)
        #expect(result.standardError.contains("a file is in the way of the output directory"))
    }

    /// `-o "$OUT"` with OUT unset must not write into the current directory.
    @Test func refusesAnEmptyOutputDirectory() throws {
        let directory = try SDGBriefBinary.temporaryDirectory()
        let result = try SDGBriefBinary.run(["export", "-f", "json", "-o", ""], in: directory)
        #expect(result.status == 64)
        #expect(result.standardError.contains("the output directory is empty"))
        #expect(SDGBriefBinary.files(in: directory).isEmpty)
    }

    /// Exporting one format into a directory that holds a full export adds
    /// to its manifest: `verify` still checks every file.
    @Test func aOneFormatExportMergesIntoTheManifest() throws {
        let directory = try SDGBriefBinary.temporaryDirectory()
        #expect(try SDGBriefBinary.run(["export", "-q", "-f", "csv,json,text"], in: directory).status == 0)
        let again = try SDGBriefBinary.run(["export", "-q", "-f", "text", "--width", "40"], in: directory)
        #expect(again.status == 0, "\(again.standardError)")
        let verify = try SDGBriefBinary.run(["verify"], in: directory)
        #expect(verify.status == 0, "\(verify.standardError)")
        #expect(verify.standardError.isEmpty, "no file left out of the manifest: \(verify.standardError)")
        let files = SDGBriefBinary.files(in: directory.appendingPathComponent("Output")).filter { $0 != "manifest.json" }
        #expect(verify.standardOutput.contains("\(files.count) files match"))
    }

    @Test func refusesAnOutputDirectoryWhoseParentIsMissing() throws {
        let directory = try SDGBriefBinary.temporaryDirectory()
        let result = try SDGBriefBinary.run(["export", "-f", "json", "-o", "missing/out"], in: directory)
        #expect(result.status == 73)
        #expect(result.standardError.contains("its parent"))
        #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent("missing").path))
    }

    @Test func rejectsAMalformedSourceDateEpoch() throws {
        let directory = try SDGBriefBinary.temporaryDirectory()
        let result = try SDGBriefBinary.run(["export", "-f", "json"], in: directory, environment: ["SOURCE_DATE_EPOCH": "yesterday"])
        #expect(result.status == 64)
        #expect(result.standardError.contains("SOURCE_DATE_EPOCH"))
    }

    /// Same input, same bytes: across processes, whatever formats are asked
    /// for together and in whatever order, with SOURCE_DATE_EPOCH fixing the dates.
    @Test func givesTheSameBytesWhateverIsAskedForTogether() throws {
        let first = try SDGBriefBinary.temporaryDirectory()
        let second = try SDGBriefBinary.temporaryDirectory()
        let date = ["SOURCE_DATE_EPOCH": "1764000000"]
        #expect(try SDGBriefBinary.run(["export", "-q"], in: first, environment: date).status == 0)
        let reversed = ["export", "-q", "-f", "pptx,xlsx,png,svg,markdown", "-f", "pdf,json,text,csv",
                        "--chart", "timeline,sdg-matrix", "--chart", "sdg-coverage,awards,key-figures,partners,population,map"]
        #expect(try SDGBriefBinary.run(reversed, in: second, environment: date).status == 0)
        let files = SDGBriefBinary.files(in: first.appendingPathComponent("Output"))
        #expect(files.contains("city-partnerships-sdgs.pdf") && files.contains("charts/timeline.png") && files.contains("city-partnerships-sdgs.xlsx")
                && files.contains("city-partnerships-sdgs.pptx"))
        #expect(files == SDGBriefBinary.files(in: second.appendingPathComponent("Output")))
        for file in files {
            let a = try Data(contentsOf: first.appendingPathComponent("Output/\(file)"))
            let b = try Data(contentsOf: second.appendingPathComponent("Output/\(file)"))
            #expect(a == b, "\(file) differs between runs")
        }
    }

    /// The Markdown brief links chart files only when they are written, and
    /// then only files the same export wrote.
    @Test func theMarkdownBriefLinksOnlyChartFilesTheExportWrites() throws {
        let directory = try SDGBriefBinary.temporaryDirectory()
        let alone = try SDGBriefBinary.run(["export", "-f", "markdown", "-o", "alone"], in: directory)
        #expect(alone.status == 0, "\(alone.standardError)")
        let brief = try String(contentsOf: directory.appendingPathComponent("alone/city-partnerships-sdgs.md"), encoding: .utf8)
        #expect(brief.hasPrefix("# 城市伙伴关系与可持续发展目标\n"))
        #expect(!brief.contains("]("))
        try #require(ExporterRegistry().names.contains("svg"), "the SVG exporter is built in")
        let together = try SDGBriefBinary.run(["export", "-f", "markdown,svg", "-o", "together"], in: directory)
        #expect(together.status == 0, "\(together.standardError)")
        let output = directory.appendingPathComponent("together")
        let linked = try String(contentsOf: output.appendingPathComponent("city-partnerships-sdgs.md"), encoding: .utf8)
            .split(separator: "\n").filter { $0.hasPrefix("![") }.compactMap { $0.split(separator: "(").last?.dropLast() }
        #expect(!linked.isEmpty)
        for path in linked { #expect(SDGBriefBinary.files(in: output).contains(String(path)), "\(path) is linked but not written") }
    }

    @Test func chartsAloneMatchTheChartsOfAFullExport() throws {
        let full = try SDGBriefBinary.temporaryDirectory()
        let alone = try SDGBriefBinary.temporaryDirectory()
        #expect(try SDGBriefBinary.run(["export", "-q"], in: full).status == 0)
        #expect(try SDGBriefBinary.run(["export", "-q", "-f", "svg", "--chart", "population"], in: alone).status == 0)
        let a = try Data(contentsOf: full.appendingPathComponent("Output/charts/population.svg"))
        let b = try Data(contentsOf: alone.appendingPathComponent("Output/charts/population.svg"))
        #expect(a == b, "an SVG must not depend on what else the process drew")
    }

    @Test func rejectsAnUnknownChartBeforeReadingTheReport() throws {
        let directory = try SDGBriefBinary.temporaryDirectory()
        let result = try SDGBriefBinary.run(["export", "-f", "svg", "--chart", "sdg-matrix,pie", "-i", "missing.yaml"], in: directory)
        #expect(result.status == 64)
        #expect(result.standardError.contains("unknown chart \"pie\" (known charts: sdg-coverage, sdg-matrix, awards, timeline, key-figures, partners, population, map)"))
        #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent("Output").path))
    }

    @Test func pngAloneWritesAltTextAndSVGWithPNGWritesItOnce() throws {
        let directory = try SDGBriefBinary.temporaryDirectory()
        let png = try SDGBriefBinary.run(["export", "-f", "png", "--chart", "awards", "--scale", "1", "-o", "png"], in: directory)
        #expect(png.status == 0, "\(png.standardError)")
        #expect(SDGBriefBinary.files(in: directory.appendingPathComponent("png")) == ["charts/awards.alt.txt", "charts/awards.png", "manifest.json"])
        let both = try SDGBriefBinary.run(["export", "-f", "svg,png", "--chart", "awards", "--scale", "1", "-o", "both"], in: directory)
        #expect(both.status == 0, "\(both.standardError)")
        #expect(SDGBriefBinary.files(in: directory.appendingPathComponent("both")) == ["charts/awards.alt.txt", "charts/awards.png", "charts/awards.svg", "manifest.json"])
        #expect(both.standardOutput.split(separator: "\n").filter { $0.hasSuffix("awards.alt.txt") }.count == 1)
    }
}

@Suite struct ExportLanguageTests {
    /// A report translated only in part is refused rather than printed half
    /// in one language and half in another; a translated one is written whole.
    @Test func writesAnotherLanguageOnlyWhereTheReportHasItThroughout() throws {
        let directory = try SDGBriefBinary.temporaryDirectory()
        let partial = try SDGBriefBinary.run(["export", "-i", SDGBriefBinary.fixture("valid-two-cases.yaml"), "-f", "csv", "--language", "en", "-o", "out", "-q"], in: directory)
        #expect(partial.status == 65)
        #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent("out").path))
        let result = try SDGBriefBinary.run(["export", "-i", SDGBriefBinary.fixture("bilingual-two-cases.yaml"), "-f", "csv", "--language", "en", "-o", "out", "-q"], in: directory)
        #expect(result.status == 0, "\(result.standardError)")
        let cases = try String(contentsOf: directory.appendingPathComponent("out/csv/cases.csv"), encoding: .utf8)
        #expect(cases.contains("harbour-city,Harbour City,Somewhere"))
        #expect(cases.contains("hill-town,Hill Town,Elsewhere"))
    }

    @Test func refusesSomethingThatIsNotALanguageTag() throws {
        let directory = try SDGBriefBinary.temporaryDirectory()
        let result = try SDGBriefBinary.run(["export", "-f", "csv", "--language", "Chinese"], in: directory)
        #expect(result.status == 64)
    }
}

@Suite struct ChartOptionTests {
    @Test func aFigureIdNoCaseHasIsAUsageErrorWhateverTheFormats() throws {
        let directory = try SDGBriefBinary.temporaryDirectory()
        for formats in ["svg", "csv"] {
            let result = try SDGBriefBinary.run(["export", "-f", formats, "--metric", "nosuch", "-o", "out"], in: directory)
            #expect(result.status == 64)
            #expect(result.standardError == "--metric nosuch: no case states a figure with that id (figures several cases share: population)\n")
            #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent("out").path))
        }
    }

    /// Only the population chart compares a figure: with --chart leaving it
    /// out, --metric would silently do nothing, so it is refused.
    @Test func aMetricForAChartNotDrawnIsAUsageError() throws {
        let directory = try SDGBriefBinary.temporaryDirectory()
        let result = try SDGBriefBinary.run(["export", "-f", "svg", "--chart", "timeline", "--metric", "population", "-o", "out"], in: directory)
        #expect(result.status == 64)
        #expect(result.standardError.hasPrefix("--metric population: only the population chart compares a figure"))
        #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent("out").path))
        let drawn = try SDGBriefBinary.run(["export", "-f", "svg", "--chart", "population", "--metric", "population", "-o", "drawn", "-q"], in: directory)
        #expect(drawn.status == 0, "\(drawn.standardError)")
        #expect(SDGBriefBinary.files(in: directory.appendingPathComponent("drawn")).contains("charts/population.svg"))
    }
}

@Suite struct EmptyChartTests {
    /// A report without milestones, partners or populations: those charts
    /// would be empty axes, so a plain export leaves them out everywhere, and
    /// asking for one by name is a usage error.
    @Test func chartsWithNothingToShowAreLeftOutOrRefused() throws {
        let directory = try SDGBriefBinary.temporaryDirectory()
        let input = SDGBriefBinary.fixture("markup-and-formulas.yaml")
        let result = try SDGBriefBinary.run(["export", "-i", input, "-f", "svg,markdown", "-o", "out"], in: directory)
        #expect(result.status == 0, "\(result.standardError)")
        // Said in one line, so that the missing files are no surprise.
        #expect(result.standardError.split(separator: "\n").count == 1)
        #expect(result.standardError.hasPrefix("charts not drawn, as this report gives them nothing to show: "))
        for empty in ["timeline", "partners", "population", "awards"] {
            #expect(result.standardError.contains(empty))
        }
        let files = SDGBriefBinary.files(in: directory.appendingPathComponent("out"))
        #expect(files.contains("charts/sdg-coverage.svg"))
        for empty in ["timeline", "partners", "population", "awards"] {
            #expect(!files.contains("charts/\(empty).svg"), "\(empty) drawn with nothing to show")
        }
        let brief = try String(contentsOf: directory.appendingPathComponent("out/tricky-text.md"), encoding: .utf8)
        #expect(!brief.contains("timeline.svg"))
        // Refused whatever the formats, like --metric, and before the output
        // directory is touched.
        for formats in ["svg", "csv"] {
            let asked = try SDGBriefBinary.run(["export", "-i", input, "-f", formats, "--chart", "timeline", "-o", "asked"], in: directory)
            #expect(asked.status == 64)
            #expect(asked.standardError == "--chart timeline: this report gives the chart nothing to show\n")
            #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent("asked").path))
        }
        // The brief draws its own few charts, not every slide chart: no note.
        let briefOnly = try SDGBriefBinary.run(["export", "-i", input, "-f", "pdf,csv", "-o", "brief"], in: directory)
        #expect(briefOnly.status == 0, "\(briefOnly.standardError)")
        #expect(briefOnly.standardError == "")
    }
}
