import Foundation

/// A PDF's XMP metadata as an XML parser reads it (Python's ElementTree
/// under Debian's pikepdf), beside the document information dictionary it
/// must agree with.
public struct XMPPacket: Decodable {
    /// The stream's /Type and /Subtype: "Metadata", "XML".
    public var type: String?
    public var subtype: String?
    /// The stream's /Filter, which PDF/UA wants absent so any reader sees the XML.
    public var filter: String?
    /// Each property of the packet's descriptions by its usual prefixed name
    /// ("dc:title", "pdfuaid:part"): its text, or its list items' texts.
    public var properties: [String: [String]]
    /// The document information dictionary, each entry as text ("Title", "CreationDate").
    public var info: [String: String]

    /// The packet of the PDF at `path`; throws if there is none or it is not well-formed XML.
    public static func read(path: String) throws -> XMPPacket {
        let result = try ExternalTool.run("/usr/bin/python3", ["-c", script, path])
        guard result.status == 0 else {
            throw CocoaError(.fileReadCorruptFile, userInfo: [NSLocalizedDescriptionKey: "no readable XMP in \(path): \(result.errorText)"])
        }
        return try JSONDecoder().decode(XMPPacket.self, from: result.output)
    }

    /// The first value of `name`, if any.
    public func value(_ name: String) -> String? {
        properties[name]?.first
    }

    private static let script = #"""
import json, sys
import xml.etree.ElementTree as ET
import pikepdf

prefixes = {
    "http://purl.org/dc/elements/1.1/": "dc",
    "http://ns.adobe.com/pdf/1.3/": "pdf",
    "http://ns.adobe.com/xap/1.0/": "xmp",
    "http://www.aiim.org/pdfua/ns/id/": "pdfuaid",
}
RDF = "{http://www.w3.org/1999/02/22-rdf-syntax-ns#}"
pdf = pikepdf.open(sys.argv[1])
stream = pdf.Root.Metadata
root = ET.fromstring(stream.read_bytes())
properties = {}
for description in root.iter(RDF + "Description"):
    for element in description:
        namespace, local = element.tag[1:].split("}")
        items = [li.text or "" for li in element.iter(RDF + "li")]
        properties[prefixes.get(namespace, namespace) + ":" + local] = items or [element.text or ""]
info = pdf.trailer.get("/Info", pikepdf.Dictionary())
json.dump({
    "type": str(stream.get("/Type"))[1:] if "/Type" in stream else None,
    "subtype": str(stream.get("/Subtype"))[1:] if "/Subtype" in stream else None,
    "filter": str(stream.get("/Filter")) if "/Filter" in stream else None,
    "properties": properties,
    "info": {str(key)[1:]: str(value) for key, value in info.items()},
}, sys.stdout, ensure_ascii=False)
"""#
}
