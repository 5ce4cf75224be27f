/// A `SchemaNode` tree as flat tables of integers, for the event walk that
/// consults the schema on every event: matching `SchemaNode`'s indirect cases
/// and field arrays retained and released them each time, and finding a
/// field compared its name as a `String`.
struct FlatSchema: Sendable {
    enum Kind: Sendable {
        case object, array, string, integer, number, localizedText
    }

    struct Node: Sendable {
        var kind: Kind
        /// An array's element: an index into `nodes`.
        var element = 0
        /// An object's fields: indices into `fields`.
        var fields = 0..<0
    }

    struct Field: Sendable {
        /// The name's UTF-8 in `names`.
        var name: Range<Int>
        var node = 0
        var isRequired: Bool
    }

    /// The root is node 0.
    private(set) var nodes: [Node] = []
    private(set) var fields: [Field] = []
    private var names: [UInt8] = []

    static let report = FlatSchema(ReportSchema.report)

    init(_ root: SchemaNode) {
        _ = add(root)
    }

    /// The field of object `node` named `key`, if it has one.
    func field(of node: Node, named key: UnsafeBufferPointer<UInt8>) -> Int? {
        names.withUnsafeBufferPointer { names in
            node.fields.first { UnsafeBufferPointer(rebasing: names[fields[$0].name]).elementsEqual(key) }
        }
    }

    func withName<Result>(of field: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        names.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[fields[field].name])) }
    }

    /// Adds `schema` and everything under it; an object's fields are
    /// contiguous, its children's after them.
    private mutating func add(_ schema: SchemaNode) -> Int {
        let index = nodes.count
        nodes.append(Node(kind: .string))
        switch schema {
        case .object(let objectFields):
            let first = fields.count
            for field in objectFields {
                let start = names.count
                names += field.name.utf8
                fields.append(Field(name: start..<names.count, isRequired: field.isRequired))
            }
            for (offset, field) in objectFields.enumerated() {
                let child = add(field.node)
                fields[first + offset].node = child
            }
            nodes[index] = Node(kind: .object, fields: first..<first + objectFields.count)
        case .array(let element, _):
            let child = add(element)
            nodes[index] = Node(kind: .array, element: child)
        case .string: nodes[index] = Node(kind: .string)
        case .integer: nodes[index] = Node(kind: .integer)
        case .number: nodes[index] = Node(kind: .number)
        case .localizedText: nodes[index] = Node(kind: .localizedText)
        }
        return index
    }
}
