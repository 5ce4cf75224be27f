import SDGBriefCore
import Testing

@Suite struct FieldPathTests {
    @Test func printsKeysAndIndicesAsAnEditorWouldSearchForThem() {
        let path = FieldPath.root.appending("cases").appending(3).appending("figures").appending(2).appending("unit")
        #expect(path.description == "cases[3].figures[2].unit")
    }

    @Test func namesTheRootAsTheDocument() {
        #expect(FieldPath.root.description == "(document)")
    }
}
