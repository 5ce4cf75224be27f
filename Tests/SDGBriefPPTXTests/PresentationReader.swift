import Foundation
import SDGBriefTestSupport
import Testing

/// A deck as python-pptx reads it: what PowerPoint automation and most
/// scripts see. Runs Debian's python with python-pptx (see `bootstrap`).
struct PresentationReader: Decodable {
    struct Shape: Decodable {
        var kind: String
        var name: String
        /// The picture's description (alt text), empty for other shapes.
        var description: String
        var left: Int
        var top: Int
        var width: Int
        var height: Int
        var text: String
        /// Every run's size in hundredths of a point.
        var runSizes: [Int]
        /// For pictures: the PNG's and the SVG's content types and whether
        /// their bytes equal the files in the expected directory.
        var imageType: String?
        var svgType: String?
        var pngMatches: Bool?
        var svgMatches: Bool?
    }

    struct Slide: Decodable {
        var shapes: [Shape]
        var notes: String
    }

    var width: Int
    var height: Int
    var title: String
    var language: String
    /// The creation date, ISO 8601, when the deck has one.
    var created: String?
    var slides: [Slide]

    static let script = #"""
    import json, os, sys
    from pptx import Presentation
    from lxml import etree
    path, expected = sys.argv[1], sys.argv[2]
    deck = Presentation(path)
    ns = {"a": "http://schemas.openxmlformats.org/drawingml/2006/main",
          "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
          "asvg": "http://schemas.microsoft.com/office/drawing/2016/SVG/main",
          "p": "http://schemas.openxmlformats.org/presentationml/2006/main"}
    def matches(blob, name):
        file = os.path.join(expected, name)
        return os.path.exists(file) and open(file, "rb").read() == blob
    slides = []
    for slide in deck.slides:
        shapes = []
        for shape in slide.shapes:
            element = shape._element
            c_nv_pr = element.xpath("./*[1]/p:cNvPr")[0]
            entry = {"kind": str(shape.shape_type), "name": shape.name,
                     "description": c_nv_pr.get("descr") or "",
                     "left": shape.left, "top": shape.top, "width": shape.width, "height": shape.height,
                     "text": shape.text_frame.text if shape.has_text_frame else "",
                     "runSizes": [r.font.size for p in shape.text_frame.paragraphs for r in p.runs] if shape.has_text_frame else []}
            if shape.shape_type == 13:
                entry["imageType"] = shape.image.content_type
                entry["pngMatches"] = matches(shape.image.blob, shape.name + ".png")
                svg = etree.XPath(".//a:blip/a:extLst/a:ext/asvg:svgBlip", namespaces=ns)(element)
                if svg:
                    part = slide.part.related_part(svg[0].get("{%s}embed" % ns["r"]))
                    entry["svgType"] = part.content_type
                    entry["svgMatches"] = matches(part.blob, shape.name + ".svg")
            shapes.append(entry)
        notes = slide.notes_slide.notes_text_frame.text if slide.has_notes_slide else ""
        slides.append({"shapes": shapes, "notes": notes})
    print(json.dumps({"width": deck.slide_width, "height": deck.slide_height,
                      "title": deck.core_properties.title, "language": deck.core_properties.language,
                      "created": deck.core_properties.created.isoformat() if deck.core_properties.created else None,
                      "slides": slides}))
    """#

    /// Reads `deck`; pictures are compared with `<name>.png` and `<name>.svg`
    /// in `expected`, where the picture's name is its chart id.
    static func read(_ deck: Data, expected: [String: Data] = [:]) throws -> PresentationReader {
        let directory = try ExternalTool.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("deck.pptx")
        try deck.write(to: file)
        for (name, data) in expected {
            try data.write(to: directory.appendingPathComponent(name))
        }
        let result = try ExternalTool.run("/usr/bin/python3", ["-c", script, file.path, directory.path])
        try #require(result.status == 0, "python-pptx could not read the deck: \(result.errorText)")
        return try JSONDecoder().decode(PresentationReader.self, from: result.output)
    }
}
