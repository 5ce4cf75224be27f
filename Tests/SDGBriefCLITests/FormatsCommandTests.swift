import Foundation
import Testing

@Suite struct FormatsCommandTests {
    @Test func listsEveryRegisteredFormatOnALineOfItsOwn() throws {
        let directory = try SDGBriefBinary.temporaryDirectory()
        let result = try SDGBriefBinary.run(["formats"], in: directory)
        #expect(result.status == 0)
        let names = result.standardOutput.split(separator: "\n").map { $0.split(separator: " ").first.map(String.init) ?? "" }
        #expect(Array(names.prefix(3)) == ["csv", "text", "json"])
    }
}
