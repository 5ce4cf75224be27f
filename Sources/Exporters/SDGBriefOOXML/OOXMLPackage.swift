import Foundation
import ZIPFoundation

/// An Office Open XML package (a ZIP of XML parts, as .xlsx and .pptx files
/// are), written the same way every time: `[Content_Types].xml` first, then
/// the parts in the order added, every entry dated alike, and the content
/// types derived from the parts themselves so that none can be forgotten.
///
/// The ZIP itself is ZIPFoundation's: only the package conventions live here.
/// ZIPFoundation writes an entry's header, then its data, then goes back to
/// the header for the sizes and checksum, so it needs a file it can seek in;
/// an export's stream only goes forward. The archive is therefore assembled
/// in an unlinked temporary file, which also keeps memory flat however large
/// the parts are, and then copied out.
public final class OOXMLPackage {
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

    /// The XML declaration every part begins with.
    public static let declaration = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"

    /// Large enough that deflating costs little per call.
    static let chunkSize = 256 * 1024

    private enum Contents {
        case bytes(Data)
        case file(ScratchFile)
    }

    private struct Part {
        var name: String
        var contentType: String
        var contents: Contents
    }

    private var parts: [Part] = []
    private let date: Date

    /// A package whose entries carry `date` (clamped to the ZIP format's
    /// range), or 1980-01-01 without one, so the bytes never depend on the clock.
    public init(date: Date?) {
        self.date = max(date ?? Self.earliestDate, Self.earliestDate)
    }

    /// Adds the part at `name` (no leading slash, e.g. `ppt/slides/slide1.xml`).
    public func add(_ name: String, contentType: String, contents: Data) {
        parts.append(Part(name: name, contentType: contentType, contents: .bytes(contents)))
    }

    /// Adds an XML part from its text.
    public func add(_ name: String, contentType: String, xml: String) {
        add(name, contentType: contentType, contents: Data(xml.utf8))
    }

    /// Adds a part whose bytes were written to `file`, too many to hold in
    /// memory; the package reads it from the start when it is written.
    public func add(_ name: String, contentType: String, file: ScratchFile) {
        parts.append(Part(name: name, contentType: contentType, contents: .file(file)))
    }

    /// Adds a relationships part listing `relationships` in the order given.
    public func addRelationships(_ name: String, _ relationships: [OOXMLRelationship]) {
        var xml = Self.declaration + #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#
        for relationship in relationships {
            xml += #"<Relationship Id="\#(Self.escape(relationship.id))" Type="\#(Self.escape(relationship.type))" Target="\#(Self.escape(relationship.target))"/>"#
        }
        xml += "</Relationships>"
        add(name, contentType: Self.defaultContentTypes[0].contentType, xml: xml)
    }

    /// Writes the package, handing its bytes to `write` a piece at a time.
    public func write(into write: (Data) throws -> Void) throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent(".sdgbrief-package-\(UUID().uuidString).zip")
        let archive: Archive
        do {
            archive = try Archive(url: url, accessMode: .create)
        } catch {
            throw ScratchFileError(message: "cannot create a temporary file in \(url.deletingLastPathComponent().path): \(error)")
        }
        // Opened and unlinked at once: nothing is left behind, even if the process is killed.
        let file = try ScratchFile(readingAndRemoving: url)
        try addEntry(to: archive, name: "[Content_Types].xml", contents: .bytes(Data(contentTypesXML().utf8)))
        for part in parts {
            try addEntry(to: archive, name: part.name, contents: part.contents)
        }
        _ = try file.rewind()
        while true {
            let chunk = file.read(Self.chunkSize)
            if chunk.isEmpty { break }
            try write(chunk)
        }
    }

    /// The package's bytes, for packages small enough to hold.
    public func data() throws -> Data {
        var data = Data()
        try write { data.append($0) }
        return data
    }

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

    private func addEntry(to archive: Archive, name: String, contents: Contents) throws {
        // PNG is compressed already; deflating it again only costs time.
        let method: CompressionMethod = name.lowercased().hasSuffix(".png") ? .none : .deflate
        let size: Int64
        let provider: Provider
        switch contents {
        case .bytes(let data):
            size = Int64(data.count)
            provider = { position, count in data.subdata(in: Int(position) ..< Int(position) + count) }
        case .file(let file):
            size = try file.rewind()
            provider = { _, count in file.read(count) }
        }
        try archive.addEntry(
            with: name, type: .file, uncompressedSize: size, modificationDate: date,
            permissions: 0o644, compressionMethod: method, bufferSize: Self.chunkSize, provider: provider
        )
    }
}
