import Foundation
import SDGBriefOOXML

/// The package's document-level parts: the presentation with its slide list
/// and sizes, its properties, and the document properties readers show.
enum PresentationXML {
    /// `slides` relationship ids in the order shown; the slide master is
    /// `rId1` and the notes master `rId2`.
    static func presentation(slideRelationships: [String], geometry: SlideGeometry) -> String {
        var slides = ""
        for (index, relationship) in slideRelationships.enumerated() {
            slides += #"<p:sldId id="\#(256 + index)" r:id="\#(relationship)"/>"#
        }
        return OOXMLPackage.declaration
            + #"<p:presentation \#(DrawingML.namespaces) saveSubsetFonts="1">"#
            + #"<p:sldMasterIdLst><p:sldMasterId id="2147483648" r:id="rId1"/></p:sldMasterIdLst>"#
            + #"<p:notesMasterIdLst><p:notesMasterId r:id="rId2"/></p:notesMasterIdLst>"#
            + "<p:sldIdLst>\(slides)</p:sldIdLst>"
            + #"<p:sldSz cx="\#(geometry.width)" cy="\#(geometry.height)"/>"#
            + #"<p:notesSz cx="\#(SlideGeometry.notesWidth)" cy="\#(SlideGeometry.notesHeight)"/>"#
            + "<p:defaultTextStyle>\(MasterXML.level(18))</p:defaultTextStyle>"
            + "</p:presentation>"
    }

    static let presentationProperties = OOXMLPackage.declaration
        + "<p:presentationPr \(DrawingML.namespaces)/>"

    static let viewProperties = OOXMLPackage.declaration
        + "<p:viewPr \(DrawingML.namespaces)><p:normalViewPr><p:restoredLeft sz=\"15620\"/><p:restoredTop sz=\"80000\"/></p:normalViewPr><p:gridSpacing cx=\"76200\" cy=\"76200\"/></p:viewPr>"

    static let tableStyles = OOXMLPackage.declaration
        + #"<a:tblStyleLst xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" def="{5C22544A-7EE6-4342-B048-85BDC9FD1C3A}"/>"#

    /// Title, subject and language; dates only when the export has one, so
    /// the file never records when it happened to be made.
    static func core(title: String, subject: String?, creator: String?, language: String, date: Date?) -> String {
        var xml = OOXMLPackage.declaration
            + #"<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">"#
            + "<dc:title>\(DrawingML.escape(title))</dc:title>"
        if let subject { xml += "<dc:subject>\(DrawingML.escape(subject))</dc:subject>" }
        if let creator { xml += "<dc:creator>\(DrawingML.escape(creator))</dc:creator>" }
        xml += "<dc:language>\(DrawingML.escape(language))</dc:language>"
        if let date {
            let stamp = date.formatted(.iso8601)
            xml += #"<dcterms:created xsi:type="dcterms:W3CDTF">\#(stamp)</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">\#(stamp)</dcterms:modified>"#
        }
        return xml + "</cp:coreProperties>"
    }

    static func application(slides: Int, notes: Int) -> String {
        OOXMLPackage.declaration
            + #"<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">"#
            + "<Application>sdgbrief</Application><PresentationFormat>Custom</PresentationFormat>"
            + "<Slides>\(slides)</Slides><Notes>\(notes)</Notes><HiddenSlides>0</HiddenSlides></Properties>"
    }
}
