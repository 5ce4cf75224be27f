import Foundation
import SDGBriefOOXML
import Testing

@Suite struct ScratchFileTests {
    @Test func readsBackWhatWasWrittenFromTheStart() throws {
        let file = try ScratchFile()
        try file.write(Array("一二".utf8))
        try file.write([0, 1, 2])
        #expect(try file.rewind() == 9)
        #expect(file.read(4) == Data(Array("一二".utf8).prefix(4)))
        #expect(file.read(100) == Data(Array("一二".utf8).suffix(2) + [0, 1, 2]))
        #expect(file.read(100).isEmpty)
        #expect(try file.rewind() == 9, "rewinding again starts over")
        #expect(file.read(3) == Data("一".utf8))
    }

    @Test func aFileOpenedToReadLosesItsNameAtOnce() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("scratch-\(UUID().uuidString)")
        try Data("abc".utf8).write(to: url)
        let file = try ScratchFile(readingAndRemoving: url)
        #expect(!FileManager.default.fileExists(atPath: url.path))
        #expect(try file.rewind() == 3)
        #expect(file.read(10) == Data("abc".utf8))
    }

    @Test func aMissingFileIsAnErrorNamingIt() {
        let url = URL(fileURLWithPath: "/nonexistent-\(UUID().uuidString)/x.zip")
        #expect { try ScratchFile(readingAndRemoving: url) } throws: { error in
            "\(error)".contains(url.path) && "\(error)".contains("No such file")
        }
    }
}
