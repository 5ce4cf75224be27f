import Foundation
import Testing

/// Every file in BadInput/ is a report a person could plausibly write wrong;
/// `expected-errors.json` holds the exact lines each must produce. Each must
/// give those lines, exit 65, write nothing, and neither crash, hang nor use
/// more than a bounded amount of memory.
@Suite struct BadInputCorpusTests {
    static let folder = SDGBriefBinary.packageRoot.appendingPathComponent("Tests/SDGBriefCLITests/BadInput")
    static let expectations: [String: [String]] = {
        let url = folder.appendingPathComponent("expected-errors.json")
        guard let data = try? Data(contentsOf: url),
            let decoded = try? JSONDecoder().decode([String: [String]].self, from: data)
        else { return [:] }
        return decoded
    }()
    static let memoryLimit = 1 << 30

    @Test func coversAtLeastFiftyFilesAndEveryFileHasAnExpectation() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.folder.path)
            .filter { $0 != "expected-errors.json" }
        #expect(files.count >= 50)
        #expect(Set(files) == Set(Self.expectations.keys))
    }

    @Test(arguments: expectations.keys.sorted())
    func validateNamesEveryProblemWithItsLine(file: String) throws {
        let result = try SDGBriefBinary.run(["validate", file], in: Self.folder, memoryLimit: Self.memoryLimit, timeout: 20)
        #expect(!result.wasSignalled, "\(file) crashed or hung")
        #expect(result.status == 65)
        #expect(result.standardError.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init) == Self.expectations[file])
        #expect(result.standardOutput.isEmpty)
    }

    @Test(arguments: expectations.keys.sorted())
    func exportWritesNothing(file: String) throws {
        let output = try SDGBriefBinary.temporaryDirectory().appendingPathComponent("out")
        let input = Self.folder.appendingPathComponent(file).path
        let result = try SDGBriefBinary.run(
            ["export", "--input", input, "--output", output.path], in: Self.folder, memoryLimit: Self.memoryLimit, timeout: 20)
        #expect(!result.wasSignalled, "\(file) crashed or hung")
        #expect(result.status == 65, "\(result.standardError)")
        #expect(!FileManager.default.fileExists(atPath: output.path))
    }

    /// Rules JSON Schema cannot state: they need two values compared, a
    /// reference followed, or the font; and YAML-level mistakes a YAML reader
    /// resolves before any schema sees the document. For every other file, a
    /// real JSON Schema validator (Python's jsonschema) must refuse it too,
    /// at one of the places `validate` names.
    static let beyondJSONSchema: [String: String] = [
        "id-duplicate-case.yaml": "ids unique across entries",
        "id-duplicate-metric.yaml": "ids unique across entries",
        "sdg-duplicate.yaml": "goals unique across entries",
        "rank-out-of-order.yaml": "ranks compared with positions",
        "reference-unknown-award.yaml": "a reference to another entry",
        "value-range-inverted.yaml": "two fields compared",
        "value-nan.yaml": "NaN compares as within every bound",
        "text-emoji.yaml": "the font's glyphs",
        "text-right-to-left.yaml": "the font's glyphs",
        "yaml-duplicate-key.yaml": "PyYAML keeps the last of duplicate keys",
    ]

    @Test func theJSONSchemaAgreesWithValidateWhereverItCanStateTheRule() throws {
        let files = Self.expectations.keys.sorted()
        let script = """
            import json, sys, yaml
            from jsonschema import Draft202012Validator
            validator = Draft202012Validator(json.load(open(sys.argv[1])))
            def load(name):
                text = open(name, encoding="utf-8-sig").read()
                try:
                    return json.loads(text)
                except ValueError:
                    return yaml.safe_load(text)
            def spell(parts):
                text = ""
                for part in parts:
                    text += f"[{part}]" if isinstance(part, int) else ("." if text else "") + str(part)
                return text or "(document)"
            found = {}
            for name in sys.argv[2:]:
                try:
                    document = load(name)
                except Exception:
                    found[name] = None
                    continue
                paths = set()
                for error in validator.iter_errors(document):
                    base = list(error.absolute_path)
                    names = [None]
                    if error.validator == "required":
                        names = [key for key in error.validator_value if key not in error.instance]
                    elif error.validator == "additionalProperties":
                        names = [key for key in error.instance if key not in error.schema.get("properties", {})]
                    elif "propertyNames" in error.schema_path:
                        names = [error.instance]
                    for extra in names:
                        paths.add(spell(base + ([] if extra is None else [extra])))
                found[name] = sorted(paths)
            print(json.dumps(found))
            """
        let schema = SDGBriefBinary.packageRoot.appendingPathComponent("Assets/report.schema.json").path
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
        process.arguments = ["-c", script, schema] + files
        process.currentDirectoryURL = Self.folder
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        try #require(process.terminationStatus == 0, "python3 with jsonschema and yaml (./bootstrap installs them)")
        let verdicts = try JSONDecoder().decode([String: [String]?].self, from: data)
        for file in files {
            let schemaPaths = try #require(verdicts[file])
            let validatePaths = Set((Self.expectations[file] ?? []).compactMap(Self.fieldPath))
            if let reason = Self.beyondJSONSchema[file] {
                #expect(schemaPaths?.isEmpty == true, "\(file) is listed as beyond JSON Schema (\(reason)) but the schema refuses it: remove it from the list")
            } else if let schemaPaths {
                #expect(!schemaPaths.isEmpty, "\(file): validate refuses it, the JSON Schema accepts it")
                #expect(!validatePaths.isDisjoint(with: schemaPaths), "\(file): validate names \(validatePaths.sorted()), the schema \(schemaPaths)")
            }
            // nil: not even YAML or JSON, refused before any schema applies, by both.
        }
        let valid = [SDGBriefBinary.packageRoot.appendingPathComponent("Assets/report.yaml").path, SDGBriefBinary.fixture("valid-two-cases.yaml")]
        let accept = Process()
        accept.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
        accept.arguments = ["-c", script, schema] + valid
        let acceptOutput = Pipe()
        accept.standardOutput = acceptOutput
        try accept.run()
        let accepted = try JSONDecoder().decode([String: [String]?].self, from: acceptOutput.fileHandleForReading.readDataToEndOfFile())
        accept.waitUntilExit()
        for file in valid { #expect(accepted[file] == .some([]), "\(file) is valid, and the schema must say so") }
    }

    /// The field path of a `FILE:LINE:COLUMN: path: message` line.
    static func fieldPath(_ line: String) -> String? {
        let parts = line.split(separator: ": ", maxSplits: 2, omittingEmptySubsequences: false)
        return parts.count == 3 ? String(parts[1]) : nil
    }

    /// Inputs that cannot sit in the repository as text files: made on the fly.
    @Test(arguments: GeneratedInput.allCases)
    func generatedHostileInputIsRefusedWithALocatedMessage(input: GeneratedInput) throws {
        let directory = try SDGBriefBinary.temporaryDirectory()
        let file = directory.appendingPathComponent(input.fileName)
        try input.contents().write(to: file)
        let result = try SDGBriefBinary.run(
            ["export", "--input", input.fileName, "--output", "out"], in: directory, memoryLimit: Self.memoryLimit, timeout: 20)
        #expect(!result.wasSignalled, "crashed or hung")
        #expect(result.status == 65)
        #expect(result.standardError == input.expectedError + "\n")
        #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent("out").path))
    }

    enum GeneratedInput: String, CaseIterable, CustomTestStringConvertible {
        case empty, whitespace, binary, invalidUTF8, byteOrderMarkWithAMistake, fiftyMegabytes, deepNesting, aliasBomb

        var testDescription: String { rawValue }
        var fileName: String { "\(rawValue).yaml" }

        func contents() -> Data {
            switch self {
            case .empty: return Data()
            case .whitespace: return Data(" \n\t\n".utf8)
            case .binary: return Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D])
            case .invalidUTF8: return Data("schemaVersion: 1\nid: a\ntitle: {zh: ".utf8) + Data([0xE6, 0x88]) + Data("}\n".utf8)
            case .byteOrderMarkWithAMistake:
                return Data([0xEF, 0xBB, 0xBF]) + Data("schemaVersion: 1\nid: a\ntitle: {zh: 标题}\ncases: 7\n".utf8)
            case .fiftyMegabytes: return Data(("# " + String(repeating: "x", count: 50 * 1024 * 1024)).utf8)
            case .deepNesting: return Data(("cases: " + String(repeating: "[", count: 200_000)).utf8)
            case .aliasBomb:
                var lines = ["schemaVersion: 1", "id: bomb", "title: &p {zh: 哈}", "closing: &n [" + Array(repeating: "*p", count: 3000).joined(separator: ", ") + "]"]
                let first = "&c {id: a, city: *p, country: *p, region: *p, location: {latitude: 1, longitude: 1}, practice: *p, sdgs: [{goal: 1, role: primary}], partnership: *p, narrative: *n}"
                lines.append("cases: [" + ([first] + Array(repeating: "*c", count: 3000)).joined(separator: ", ") + "]")
                return Data(lines.joined(separator: "\n").utf8)
            }
        }

        var expectedError: String {
            switch self {
            case .empty, .whitespace: "\(fileName): file is empty"
            case .binary: "\(fileName):3: file contains a NUL byte: this is a binary file, not YAML or JSON text"
            case .invalidUTF8: "\(fileName):3:13: invalid UTF-8 (save the file as UTF-8)"
            case .byteOrderMarkWithAMistake: "\(fileName):4:8: cases: expected a list, found 7"
            case .fiftyMegabytes: "\(fileName): file is 52428802 bytes; report files may be at most 50331648 bytes"
            case .deepNesting: "\(fileName):1: nesting deeper than 64 levels; a report needs a handful"
            // Reported where the repeated value is defined: every copy carries that position.
            case .aliasBomb: "\(fileName):3:8: cases[10].narrative[1061]: document expands to more than 34232 values (are aliases repeating it?)"
            }
        }
    }
}
