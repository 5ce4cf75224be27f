import Foundation
import SDGBriefCore
import Testing

@testable import SDGBriefCSV

@Suite struct CSVRecordEncoderTests {
    /// The encoded bytes after the byte-order mark, as text.
    func text(_ encoder: CSVRecordEncoder, _ profile: CSVProfile) -> String {
        let bytes = [UInt8](encoder.data)
        return String(decoding: profile == .excel ? bytes.dropFirst(3) : bytes[...], as: UTF8.self)
    }

    func lineEnd(_ profile: CSVProfile) -> String {
        profile == .excel ? "\r\n" : "\n"
    }

    /// The byte encoder must write exactly what `CSVCell.quotedField` spells.
    @Test func writesTheBytesCSVCellSpells() {
        let record: [CSVCell] = [
            .text("甲"), .text("a,b"), .text("say \"hi\""), .text("=SUM(A1)"), .text("-x, \"y\""), .text("\r\nline"),
            .text("\tTab"), .text("@"), .text(""), .empty, .number(-5), .number(33.3), .number(10_700_000), .text("多\n行"),
            .number(-0.0), .number(1e-7), .number(.nan), .text("\"\"\""), .text("长的中文字段没有任何需要引号的字符，对吗"),
            .number(-34.6037), .number(0.000_05), .number(123_456_789.123456), .number(1e9 + 0.5), .number(1e300),
        ]
        for profile in CSVProfile.allCases {
            let encoder = CSVRecordEncoder(profile: profile)
            encoder.append(record)
            #expect(text(encoder, profile) == record.map(\.quotedField).joined(separator: ",") + lineEnd(profile))
        }
    }

    /// Fields are copied and tested eight bytes at a time; a byte that needs
    /// quotes must be found wherever it falls in the words, the overlapping
    /// last one included, and bytes near it in value must not be mistaken for it.
    @Test(arguments: [",", "\"", "\r", "\n", "-", ".", " ", "+", "\u{7F}", "é"])
    func quotesExactlyWhereCSVCellDoesAtEveryPosition(_ special: String) {
        let encoder = CSVRecordEncoder(profile: .plain)
        var expected = ""
        for length in 1 ... 27 {
            for position in 0 ..< length {
                var characters = Array(repeating: "x", count: length)
                characters[position] = special
                let field = characters.joined()
                encoder.text(field)
                encoder.endRecord()
                expected += CSVCell.text(field).quotedField + "\n"
            }
        }
        #expect(text(encoder, .plain) == expected)
    }

    @Test func bothProfilesStartAndEndRecordsAsTheyShould() {
        let excel = CSVRecordEncoder(profile: .excel)
        excel.append([.text("a"), .integer(1)])
        #expect([UInt8](excel.data) == [0xEF, 0xBB, 0xBF] + Array("a,1\r\n".utf8))
        let plain = CSVRecordEncoder(profile: .plain)
        plain.append([.text("a"), .integer(1)])
        #expect(plain.data == Data("a,1\n".utf8))
    }

    @Test func integersAreWrittenAsTheSameNumberAsADouble() {
        let values = [0, -1, 7, 2030, -9_000_000_000_000_001, 8_999_999_999_999_999, 9_000_000_000_000_000, Int.max, Int.min]
        let encoder = CSVRecordEncoder(profile: .plain)
        for value in values {
            encoder.integer(value)
        }
        encoder.integer(nil)
        encoder.endRecord()
        let expected = values.map { CSVCell.number(Double($0)).quotedField } + [""]
        #expect(text(encoder, .plain) == expected.joined(separator: ",") + "\n")
    }

    @Test func listsAreOneFieldQuotedAndNeutralisedAsAWhole() {
        let encoder = CSVRecordEncoder(profile: .plain)
        encoder.text(joining: ["-甲", "乙"], separator: ";")
        encoder.text(joining: ["a", "b,c"], separator: ";")
        encoder.text(joining: [String](), separator: ";")
        encoder.text(joining: [3, 8, 17], separator: ";")
        encoder.text(joining: [-1, 2], separator: ";")
        encoder.endRecord()
        let expected = ["-甲;乙", "a;b,c", "", "3;8;17", "-1;2"].map { CSVCell.text($0).quotedField }
        #expect(text(encoder, .plain) == expected.joined(separator: ",") + "\n")
    }

    @Test func aFigureReadsAsTheFormatterWritesIt() {
        let formatter = MetricFormatter()
        let metrics = [
            Metric(id: "a", label: LocalizedText(zh: "甲"), value: 312_369, unit: .person, qualifier: .over, quote: ""),
            Metric(id: "b", label: LocalizedText(zh: "乙"), value: 10_700_000, unit: .usd, qualifier: .about, quote: ""),
            Metric(id: "c", label: LocalizedText(zh: "丙"), value: -5, unit: .percent, quote: ""),
            Metric(id: "d", label: LocalizedText(zh: "丁"), value: 5000, valueHigh: 20_000, unit: .person, quote: ""),
            // Longer than the room the encoder sets aside for a reading.
            Metric(id: "e", label: LocalizedText(zh: "戊"), value: 7, unit: MetricUnit(rawValue: String(repeating: "a,b", count: 60)), quote: ""),
        ]
        let encoder = CSVRecordEncoder(profile: .plain)
        for metric in metrics {
            encoder.text(metric, formattedBy: formatter)
        }
        encoder.endRecord()
        let expected = metrics.map { CSVCell.text(formatter.string($0)).quotedField }
        #expect(expected[0] == "\"超过312,369人\"" && expected[2] == "'-5%")
        #expect(text(encoder, .plain) == expected.joined(separator: ",") + "\n")
    }

    /// The buffer grows past its first capacity without losing what it holds;
    /// the records taken stay as they were while the encoder goes on afresh.
    @Test func growsAndHandsOverWhatItHolds() {
        let encoder = CSVRecordEncoder(profile: .plain, capacity: 16)
        let long = String(repeating: "长", count: 100)
        encoder.text("a")
        encoder.text(long)
        encoder.text(joining: [long, long], separator: ";")
        encoder.endRecord()
        #expect(text(encoder, .plain) == "a,\(long),\(long);\(long)\n")
        let taken = encoder.takeData()
        #expect(encoder.count == 0)
        encoder.text("b")
        encoder.text(long)
        encoder.endRecord()
        #expect(String(decoding: taken, as: UTF8.self) == "a,\(long),\(long);\(long)\n")
        #expect(text(encoder, .plain) == "b,\(long)\n")
    }
}
