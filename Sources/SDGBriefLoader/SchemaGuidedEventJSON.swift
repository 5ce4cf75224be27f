import SDGBriefCore
import Yams

/// The loader's fast path: reads libyaml's events against the schema and
/// writes the JSON that `SchemaGuidedJSON` writes from Yams' node tree, byte
/// for byte, without building the tree.
///
/// Building the tree, hashing every key node for Yams' duplicate check (which
/// resolves each scalar's tag with regular expressions) and walking it again
/// for marks took most of the time and memory of loading a large report. A
/// valid report needs none of that. So this handles only what it can handle
/// exactly as the slow path would and gives nil for anything else: a libyaml
/// error, an anchor, an alias, a tag, a second document, an unknown or
/// repeated field, a missing required one, a value of the wrong kind. The
/// loader then takes the slow path, which alone reports problems.
struct SchemaGuidedEventJSON {
    private enum Frame {
        /// `present` has a bit per field of the object already seen;
        /// `pending` is the field whose value comes next; `written` counts
        /// members written (a null optional field is seen but not written).
        case object(FlatSchema.Node, present: UInt64, pending: Int?, written: Int)
        case array(element: Int, count: Int)
        /// Its keys, as written, are `keys[firstKey...]`.
        case localizedText(firstKey: Int, hasSourceLanguage: Bool, awaitingValue: Bool)
    }

    private let reader: YAMLEventReader
    private let schema: FlatSchema
    /// Yams builds a new `Tag` (and a dictionary in it) on every `Tag.implicit`; one serves every scalar.
    private let implicitTag = Tag.implicit
    private var out: [UInt8] = []
    private var frames: [Frame] = []
    /// Where each key of the open localized texts stands in `out`, to catch a
    /// repeated one without copying keys: escaping is one-to-one, so equal
    /// escaped keys are equal keys.
    private var keys: [Range<Int>] = []

    /// The JSON for the single YAML or JSON document in `yaml` (UTF-8, no
    /// byte-order mark), or nil where the slow path must decide.
    static func bytes(from yaml: UnsafeRawBufferPointer, schema: FlatSchema = .report) -> [UInt8]? {
        var writer = SchemaGuidedEventJSON(reader: YAMLEventReader(yaml), schema: schema)
        // Compact JSON is about as long as the YAML it comes from (a
        // synthetic report's are within 0.1%); reserving a little more avoids
        // a reallocation that would hold two copies at once. Pages never
        // written are never resident.
        writer.out.reserveCapacity(yaml.count + yaml.count / 4 + 64)
        guard writer.document() else { return nil }
        return writer.out
    }

    private init(reader: YAMLEventReader, schema: FlatSchema) {
        self.reader = reader
        self.schema = schema
    }

    private mutating func document() -> Bool {
        guard reader.next()?.kind == .streamStart, reader.next()?.kind == .documentStart else { return false }
        guard let root = reader.next(), isPlain(root), begin(root, 0) else { return false }
        while !frames.isEmpty {
            guard let event = reader.next(), isPlain(event), step(event) else { return false }
        }
        return reader.next()?.kind == .documentEnd && reader.next()?.kind == .streamEnd
    }

    /// No anchor, alias or tag: the node tree would hold exactly what the events say.
    private func isPlain(_ event: YAMLEventReader.Event) -> Bool {
        !event.hasAnchor && !event.hasTag && event.kind != .alias
    }

    /// Starts a value of schema node `index`: writes a scalar whole, or opens
    /// a mapping or sequence to be filled by the events that follow.
    private mutating func begin(_ event: YAMLEventReader.Event, _ index: Int) -> Bool {
        let node = schema.nodes[index]
        switch node.kind {
        case .object:
            guard event.kind == .mappingStart, node.fields.count <= UInt64.bitWidth else { return false }
            out.append(UInt8(ascii: "{"))
            frames.append(.object(node, present: 0, pending: nil, written: 0))
        case .array:
            guard event.kind == .sequenceStart else { return false }
            out.append(UInt8(ascii: "["))
            frames.append(.array(element: node.element, count: 0))
        case .localizedText:
            guard event.kind == .mappingStart else { return false }
            out.append(UInt8(ascii: "{"))
            frames.append(.localizedText(firstKey: keys.count, hasSourceLanguage: false, awaitingValue: false))
        case .string:
            guard event.kind == .scalar, !isNull(event) else { return false }
            JSONString.append(reader.scalarValue, to: &out)
        case .integer:
            guard event.kind == .scalar, let value = integer(event) else { return false }
            out.append(contentsOf: String(value).utf8)
        case .number:
            guard event.kind == .scalar, let value = number(event), value.isFinite else { return false }
            out.append(contentsOf: String(value).utf8)
        }
        return true
    }

    /// Takes the next event inside the innermost open mapping or sequence.
    private mutating func step(_ event: YAMLEventReader.Event) -> Bool {
        let top = frames.count - 1
        switch frames[top] {
        case .object(let node, let present, let pending, let written):
            if let pending {
                let field = schema.fields[pending]
                // An explicit null of an optional field is the field left out, as on the slow path.
                if isNull(event) {
                    frames[top] = .object(node, present: present, pending: nil, written: written)
                    return !field.isRequired
                }
                frames[top] = .object(node, present: present, pending: nil, written: written + 1)
                if written > 0 { out.append(UInt8(ascii: ",")) }
                schema.withName(of: pending) { JSONString.append($0, to: &out) }
                out.append(UInt8(ascii: ":"))
                return begin(event, field.node)
            }
            if event.kind == .mappingEnd {
                for index in node.fields where schema.fields[index].isRequired && present & (1 << (index - node.fields.lowerBound)) == 0 {
                    return false
                }
                out.append(UInt8(ascii: "}"))
                frames.removeLast()
                return true
            }
            guard event.kind == .scalar, let index = schema.field(of: node, named: reader.scalarValue) else { return false }
            let bit: UInt64 = 1 << (index - node.fields.lowerBound)
            guard present & bit == 0 else { return false }
            frames[top] = .object(node, present: present | bit, pending: index, written: written)
            return true

        case .array(let element, let count):
            if event.kind == .sequenceEnd {
                out.append(UInt8(ascii: "]"))
                frames.removeLast()
                return true
            }
            if count > 0 { out.append(UInt8(ascii: ",")) }
            frames[top] = .array(element: element, count: count + 1)
            return begin(event, element)

        case .localizedText(let firstKey, let hasSourceLanguage, let awaitingValue):
            if awaitingValue {
                guard event.kind == .scalar, !isNull(event) else { return false }
                JSONString.append(reader.scalarValue, to: &out)
                frames[top] = .localizedText(firstKey: firstKey, hasSourceLanguage: hasSourceLanguage, awaitingValue: false)
                return true
            }
            if event.kind == .mappingEnd {
                guard hasSourceLanguage else { return false }
                out.append(UInt8(ascii: "}"))
                keys.removeSubrange(firstKey...)
                frames.removeLast()
                return true
            }
            guard event.kind == .scalar else { return false }
            let key = reader.scalarValue
            if keys.count > firstKey { out.append(UInt8(ascii: ",")) }
            let start = out.count
            JSONString.append(key, to: &out)
            let written = start..<out.count
            for earlier in keys[firstKey...] where out[earlier].elementsEqual(out[written]) {
                return false
            }
            keys.append(written)
            out.append(UInt8(ascii: ":"))
            let isSource = key.elementsEqual(LocalizedText.sourceLanguage.utf8)
            frames[top] = .localizedText(firstKey: firstKey, hasSourceLanguage: hasSourceLanguage || isSource, awaitingValue: true)
            return true
        }
    }

    /// What the slow path reads as null.
    private func isNull(_ event: YAMLEventReader.Event) -> Bool {
        guard event.kind == .scalar, event.style == .plain || event.style == .any else { return false }
        let value = reader.scalarValue
        // Nearly every scalar is longer than any spelling: settled by its length.
        guard value.count <= 4 else { return false }
        return YAMLNull.plainSpellings.contains { value.elementsEqual($0.utf8) }
    }

    /// As the slow path reads it: `0x1F`, `1_000` or `0o17` through Yams' own
    /// conversion; ordinary numbers as Yams would, without its detours.
    private func integer(_ event: YAMLEventReader.Event) -> Int? {
        if event.style == .plain, let value = PlainNumber.integer(reader.scalarValue) { return value }
        return Int.construct(from: scalar(event))
    }

    private func number(_ event: YAMLEventReader.Event) -> Double? {
        if event.style == .plain, let value = PlainNumber.number(reader.scalarValue) { return value }
        return Double.construct(from: scalar(event))
    }

    /// The scalar as Yams' composer would build it, for Yams' own number conversions.
    private func scalar(_ event: YAMLEventReader.Event) -> Node.Scalar {
        Node.Scalar(String(decoding: reader.scalarValue, as: UTF8.self), implicitTag, event.style)
    }
}
