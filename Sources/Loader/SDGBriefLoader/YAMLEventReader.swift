import Yams

// Yams parses only into whole node trees and has no public event API, and its
// libyaml is not a separate library that could be linked a second time: Yams
// vendors it as its own target, CYaml. Importing that target is how the fast
// loader gets libyaml's events, from the very parser the slow path uses, so
// both read a file the same way. Internal, so no C type leaves this file.
internal import CYaml

/// libyaml's event parser over UTF-8 bytes: the owner of one `yaml_parser_t`
/// and its current `yaml_event_t`, releasing both however reading ends.
///
/// `bytes` are not copied and must outlive the reader; the current scalar's
/// value is valid until the next call to `next()`.
final class YAMLEventReader {
    struct Event {
        enum Kind {
            case streamStart, streamEnd, documentStart, documentEnd, alias, scalar
            case sequenceStart, sequenceEnd, mappingStart, mappingEnd
        }

        var kind: Kind
        /// An anchor (`&a`) on a scalar, sequence or mapping.
        var hasAnchor: Bool
        /// A tag written in the file (`!!str`, `!x`, `!`). Quoted scalars
        /// without one have none, though Yams gives them the `str` tag.
        var hasTag: Bool
        /// For scalars; `.any` otherwise.
        var style: Node.Scalar.Style
    }

    private let parser: UnsafeMutablePointer<yaml_parser_t>
    private let event: UnsafeMutablePointer<yaml_event_t>
    private var holdsEvent = false

    init(_ bytes: UnsafeRawBufferPointer) {
        parser = .allocate(capacity: 1)
        event = .allocate(capacity: 1)
        yaml_parser_initialize(parser)
        yaml_parser_set_encoding(parser, YAML_UTF8_ENCODING)
        yaml_parser_set_input_string(parser, bytes.baseAddress?.assumingMemoryBound(to: UInt8.self), bytes.count)
    }

    deinit {
        releaseEvent()
        yaml_parser_delete(parser)
        parser.deallocate()
        event.deallocate()
    }

    /// The next event, or nil where libyaml finds the text malformed (the
    /// slow path then reports the error with Yams' wording).
    func next() -> Event? {
        releaseEvent()
        guard yaml_parser_parse(parser, event) == 1 else { return nil }
        holdsEvent = true
        let data = event.pointee.data
        switch event.pointee.type {
        case YAML_STREAM_START_EVENT: return Event(kind: .streamStart, hasAnchor: false, hasTag: false, style: .any)
        case YAML_STREAM_END_EVENT: return Event(kind: .streamEnd, hasAnchor: false, hasTag: false, style: .any)
        case YAML_DOCUMENT_START_EVENT: return Event(kind: .documentStart, hasAnchor: false, hasTag: false, style: .any)
        case YAML_DOCUMENT_END_EVENT: return Event(kind: .documentEnd, hasAnchor: false, hasTag: false, style: .any)
        case YAML_ALIAS_EVENT: return Event(kind: .alias, hasAnchor: false, hasTag: false, style: .any)
        case YAML_SCALAR_EVENT:
            return Event(
                kind: .scalar, hasAnchor: data.scalar.anchor != nil, hasTag: data.scalar.tag != nil,
                style: Node.Scalar.Style(rawValue: data.scalar.style.rawValue) ?? .any)
        case YAML_SEQUENCE_START_EVENT:
            return Event(
                kind: .sequenceStart, hasAnchor: data.sequence_start.anchor != nil,
                hasTag: data.sequence_start.tag != nil, style: .any)
        case YAML_SEQUENCE_END_EVENT: return Event(kind: .sequenceEnd, hasAnchor: false, hasTag: false, style: .any)
        case YAML_MAPPING_START_EVENT:
            return Event(
                kind: .mappingStart, hasAnchor: data.mapping_start.anchor != nil,
                hasTag: data.mapping_start.tag != nil, style: .any)
        case YAML_MAPPING_END_EVENT: return Event(kind: .mappingEnd, hasAnchor: false, hasTag: false, style: .any)
        default: return nil
        }
    }

    /// The value of the current scalar event, as UTF-8 (libyaml's output is
    /// always UTF-8); empty for any other event.
    var scalarValue: UnsafeBufferPointer<UInt8> {
        guard holdsEvent, event.pointee.type == YAML_SCALAR_EVENT else { return UnsafeBufferPointer(start: nil, count: 0) }
        return UnsafeBufferPointer(start: event.pointee.data.scalar.value, count: event.pointee.data.scalar.length)
    }

    private func releaseEvent() {
        if holdsEvent {
            yaml_event_delete(event)
            holdsEvent = false
        }
    }
}
