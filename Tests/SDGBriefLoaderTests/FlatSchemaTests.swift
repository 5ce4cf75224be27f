import Testing

@testable import SDGBriefLoader

@Suite struct FlatSchemaTests {
    private func name(_ schema: FlatSchema, _ field: Int) -> String {
        schema.withName(of: field) { String(decoding: $0, as: UTF8.self) }
    }

    private func find(_ schema: FlatSchema, _ node: FlatSchema.Node, _ key: String) -> Int? {
        var key = key
        return key.withUTF8 { schema.field(of: node, named: $0) }
    }

    /// Walks the tree and the tables side by side: every node, field name,
    /// requirement and nesting must agree.
    private func expectSame(_ tree: SchemaNode, _ schema: FlatSchema, _ index: Int, at path: String) {
        let node = schema.nodes[index]
        switch tree {
        case .object(let fields):
            #expect(node.kind == .object, "\(path)")
            #expect(node.fields.map { name(schema, $0) } == fields.map(\.name), "\(path)")
            for (field, flat) in zip(fields, node.fields) {
                #expect(schema.fields[flat].isRequired == field.isRequired, "\(path).\(field.name)")
                expectSame(field.node, schema, schema.fields[flat].node, at: "\(path).\(field.name)")
            }
        case .array(let element, _):
            #expect(node.kind == .array, "\(path)")
            expectSame(element, schema, node.element, at: "\(path)[]")
        case .string: #expect(node.kind == .string, "\(path)")
        case .integer: #expect(node.kind == .integer, "\(path)")
        case .number: #expect(node.kind == .number, "\(path)")
        case .localizedText: #expect(node.kind == .localizedText, "\(path)")
        }
    }

    @Test func holdsTheReportSchemaNodeForNode() {
        expectSame(ReportSchema.report, FlatSchema.report, 0, at: "report")
        #expect(FlatSchema.report.nodes.count > 40)
    }

    @Test func findsFieldsByTheirExactName() throws {
        let schema = FlatSchema.report
        let root = schema.nodes[0]
        let cases = try #require(find(schema, root, "cases"))
        #expect(name(schema, cases) == "cases")
        #expect(find(schema, root, "case") == nil)
        #expect(find(schema, root, "casesx") == nil)
        #expect(find(schema, root, "Cases") == nil)
        #expect(find(schema, root, "") == nil)
        // A case's fields are its own, not the report's.
        let caseNode = schema.nodes[schema.nodes[schema.fields[cases].node].element]
        #expect(find(schema, caseNode, "city") != nil)
        #expect(find(schema, caseNode, "conclusions") == nil)
        #expect(find(schema, caseNode, "id") != find(schema, root, "id"))
    }
}
