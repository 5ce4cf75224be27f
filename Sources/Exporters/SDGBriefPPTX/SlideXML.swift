import SDGBriefOOXML
/// A slide and its notes page as PresentationML.
enum SlideXML {
    static func slide(shapeTree: String) -> String {
        OOXMLPackage.declaration
            + "<p:sld \(DrawingML.namespaces)><p:cSld>\(shapeTree)</p:cSld>"
            + "<p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sld>"
    }

    /// The notes page of a slide: its picture, then `paragraphs`, which is
    /// what PowerPoint's presenter view and python-pptx read as the notes.
    static func notes(_ paragraphs: [String], language: String) -> String {
        var body = ""
        for paragraph in paragraphs {
            body += #"<a:p><a:pPr marL="0" indent="0"><a:buNone/></a:pPr><a:r><a:rPr lang="\#(DrawingML.escape(language))" dirty="0"/><a:t>\#(DrawingML.escape(paragraph))</a:t></a:r></a:p>"#
        }
        if body.isEmpty { body = "<a:p><a:endParaRPr lang=\"\(DrawingML.escape(language))\"/></a:p>" }
        let shapes = #"<p:sp><p:nvSpPr><p:cNvPr id="2" name="Slide Image Placeholder 1"/><p:cNvSpPr><a:spLocks noGrp="1" noRot="1" noChangeAspect="1"/></p:cNvSpPr><p:nvPr><p:ph type="sldImg"/></p:nvPr></p:nvSpPr><p:spPr/></p:sp>"#
            + #"<p:sp><p:nvSpPr><p:cNvPr id="3" name="Notes Placeholder 2"/><p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr><p:nvPr><p:ph type="body" idx="1"/></p:nvPr></p:nvSpPr><p:spPr/>"#
            + "<p:txBody><a:bodyPr/><a:lstStyle/>\(body)</p:txBody></p:sp>"
        return OOXMLPackage.declaration
            + "<p:notes \(DrawingML.namespaces)><p:cSld>\(DrawingML.shapeTree(shapes))</p:cSld>"
            + "<p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:notes>"
    }
}
