import Foundation
import ZIPFoundation

/// Writes an Office Open XML package (a ZIP of XML parts, as .pptx and .xlsx
/// files are) the same way every time: parts in the order added after
/// `[Content_Types].xml`, every entry dated alike, and the content types
/// derived from the parts themselves so that none can be forgotten.
///
/// The ZIP itself is ZIPFoundation's: only the package conventions live here.
/// Its deflate is zlib's at the default level, which gives the same bytes for
/// the same input.
public struct OOXMLPackageWriter {
    /// A relationship from one part (or the package) to another.
    public struct Relationship: Sendable {
        /// Unique within its relationships part, e.g. `rId1`.
        public var id: String
        /// The full relationship type URI.
        public var type: String
        /// The target, relative to the source part's folder.
        public var target: String

        /// A relationship `id` of `type` pointing at `target`.
        public init(id: String, type: String, target: String) {
            self.id = id
            self.type = type
            self.target = target
        }
    }

    private struct Part {
        var name: String
        var contentType: String
        var contents: Data
    }

    /// Content types that every package declares by extension, so that parts
    /// of these types need no override of their own.
    public static let defaultContentTypes: [(extension: String, contentType: String)] = [
        ("rels", "application/vnd.openxmlformats-package.relationships+xml"),
        ("xml", "application/xml"),
        ("png", "image/png"),
        ("svg", "image/svg+xml"),
    ]

    /// ZIP entries are dated in MS-DOS time, which begins in 1980.
    public static let earliestDate = Date(timeIntervalSince1970: 315_532_800)

    private var parts: [Part] = []
    private let date: Date

    /// A writer whose entries carry `date` (clamped to the ZIP format's
    /// range), or 1980-01-01 without one, so the bytes never depend on the clock.
    public init(date: Date?) {
        self.date = max(date ?? Self.earliestDate, Self.earliestDate)
    }

    /// Adds the part at `name` (no leading slash, e.g. `ppt/slides/slide1.xml`).
    public mutating func add(_ name: String, contentType: String, contents: Data) {
        parts.append(Part(name: name, contentType: contentType, contents: contents))
    }

    /// Adds an XML part from its text.
    public mutating func add(_ name: String, contentType: String, xml: String) {
        add(name, contentType: contentType, contents: Data(xml.utf8))
    }

    /// Adds a relationships part listing `relationships` in the order given.
    public mutating func addRelationships(_ name: String, _ relationships: [Relationship]) {
        var xml = Self.declaration + #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#
        for relationship in relationships {
            xml += #"<Relationship Id="\#(Self.escape(relationship.id))" Type="\#(Self.escape(relationship.type))" Target="\#(Self.escape(relationship.target))"/>"#
        }
        xml += "</Relationships>"
        add(name, contentType: Self.defaultContentTypes[0].contentType, xml: xml)
    }

    /// The package's bytes.
    public func data() throws -> Data {
        let archive = try Archive(data: Data(), accessMode: .create)
        try addEntry(to: archive, name: "[Content_Types].xml", contents: Data(contentTypesXML().utf8))
        for part in parts {
            try addEntry(to: archive, name: part.name, contents: part.contents)
        }
        guard let data = archive.data else {
            throw CocoaError(.fileWriteUnknown)
        }
        return data
    }

    /// The XML declaration every part begins with.
    public static let declaration = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"

    /// `text` escaped for XML content or a double-quoted attribute, without
    /// the control characters XML 1.0 cannot carry at all.
    public static func escape(_ text: String) -> String {
        var escaped = ""
        escaped.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            case "'": escaped += "&apos;"
            case "\t", "\n", "\r": escaped.unicodeScalars.append(scalar)
            case _ where scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF: continue
            default: escaped.unicodeScalars.append(scalar)
            }
        }
        return escaped
    }

    private func contentTypesXML() -> String {
        var xml = Self.declaration + #"<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">"#
        for (ext, type) in Self.defaultContentTypes {
            xml += #"<Default Extension="\#(ext)" ContentType="\#(type)"/>"#
        }
        for part in parts where part.contentType != Self.defaultContentType(of: part.name) {
            xml += #"<Override PartName="/\#(Self.escape(part.name))" ContentType="\#(Self.escape(part.contentType))"/>"#
        }
        return xml + "</Types>"
    }

    private static func defaultContentType(of name: String) -> String? {
        guard let dot = name.lastIndex(of: ".") else { return nil }
        let ext = name[name.index(after: dot)...].lowercased()
        return defaultContentTypes.first { $0.extension == ext }?.contentType
    }

    private func addEntry(to archive: Archive, name: String, contents: Data) throws {
        // PNG is compressed already; deflating it again only costs time.
        let method: CompressionMethod = name.lowercased().hasSuffix(".png") ? .none : .deflate
        try archive.addEntry(
            with: name, type: .file, uncompressedSize: Int64(contents.count),
            modificationDate: date, permissions: 0o644, compressionMethod: method
        ) { position, size in
            contents.subdata(in: Int(position)..<Int(position) + size)
        }
    }
}
