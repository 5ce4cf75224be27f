import Foundation
import SDGBriefOOXML

/// The few DrawingML shapes the deck's own slides are made of, written as
/// text: a filled rectangle, a text box, a picture.
enum DrawingML {
    static let namespaces = #"xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main""#

    /// The font every text is set in: the one the charts are drawn with, so the
    /// text slides and the chart slides look alike.
    static let typeface = "WenQuanYi Micro Hei"

    static func escape(_ text: String) -> String { OOXMLPackage.escape(text) }

    static func transform(x: Int, y: Int, width: Int, height: Int) -> String {
        #"<a:xfrm><a:off x="\#(x)" y="\#(y)"/><a:ext cx="\#(width)" cy="\#(height)"/></a:xfrm>"#
    }

    /// The group every slide's shapes live in.
    static func shapeTree(_ shapes: String) -> String {
        #"<p:spTree><p:nvGrpSpPr><p:cNvPr id="1" name=""/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr><p:grpSpPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/><a:chOff x="0" y="0"/><a:chExt cx="0" cy="0"/></a:xfrm></p:grpSpPr>"#
            + shapes + "</p:spTree>"
    }

    static func rectangle(id: Int, name: String, x: Int, y: Int, width: Int, height: Int, color: String) -> String {
        #"<p:sp><p:nvSpPr><p:cNvPr id="\#(id)" name="\#(escape(name))"/><p:cNvSpPr/><p:nvPr/></p:nvSpPr><p:spPr>"#
            + transform(x: x, y: y, width: width, height: height)
            + #"<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val="\#(color)"/></a:solidFill><a:ln><a:noFill/></a:ln></p:spPr></p:sp>"#
    }

    /// A text box without insets, so that its frame is where its text is, and
    /// with line spacing in points: a proportional spacing would depend on
    /// each renderer's idea of the font's height, and the slides are laid
    /// out from the number of lines alone.
    static func textBox(id: Int, name: String, x: Int, y: Int, width: Int, height: Int, paragraphs: [SlideText], language: String, bottomAligned: Bool = false) -> String {
        var xml = #"<p:sp><p:nvSpPr><p:cNvPr id="\#(id)" name="\#(escape(name))"/><p:cNvSpPr txBox="1"/><p:nvPr/></p:nvSpPr><p:spPr>"#
            + transform(x: x, y: y, width: width, height: height)
            + #"<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/></p:spPr>"#
            + #"<p:txBody><a:bodyPr wrap="square" lIns="0" tIns="0" rIns="0" bIns="0" anchor="\#(bottomAligned ? "b" : "t")"><a:noAutofit/></a:bodyPr><a:lstStyle/>"#
        for (index, paragraph) in paragraphs.enumerated() {
            let before = index == 0 ? "" : #"<a:spcBef><a:spcPts val="\#(Int(Double(paragraph.points) * SlideText.paragraphGap * 100))"/></a:spcBef>"#
            xml += #"<a:p><a:pPr><a:lnSpc><a:spcPts val="\#(Int(Double(paragraph.points) * SlideText.lineSpacing * 100))"/></a:lnSpc>\#(before)</a:pPr><a:r>"#
                + runProperties(paragraph, language: language)
                + "<a:t>\(escape(paragraph.text))</a:t></a:r></a:p>"
        }
        return xml + "</p:txBody></p:sp>"
    }

    static func runProperties(_ paragraph: SlideText, language: String) -> String {
        #"<a:rPr lang="\#(escape(language))" altLang="en-US" sz="\#(paragraph.points * 100)" b="\#(paragraph.bold ? 1 : 0)" dirty="0">"#
            + #"<a:solidFill><a:srgbClr val="\#(paragraph.color)"/></a:solidFill>"#
            + #"<a:latin typeface="\#(typeface)"/><a:ea typeface="\#(typeface)"/><a:cs typeface="\#(typeface)"/></a:rPr>"#
    }

    /// A picture filling its frame: the PNG for every reader, and the SVG as
    /// PowerPoint's own extension for those that draw vectors.
    static func picture(id: Int, name: String, description: String, pngRelationship: String, svgRelationship: String, width: Int, height: Int) -> String {
        #"<p:pic><p:nvPicPr><p:cNvPr id="\#(id)" name="\#(escape(name))" descr="\#(escape(description))"/><p:cNvPicPr><a:picLocks noChangeAspect="1"/></p:cNvPicPr><p:nvPr/></p:nvPicPr>"#
            + #"<p:blipFill><a:blip r:embed="\#(pngRelationship)"><a:extLst><a:ext uri="{96DAC541-7B7A-43D3-8B79-37D633B846F1}"><asvg:svgBlip xmlns:asvg="http://schemas.microsoft.com/office/drawing/2016/SVG/main" r:embed="\#(svgRelationship)"/></a:ext></a:extLst></a:blip><a:stretch><a:fillRect/></a:stretch></p:blipFill>"#
            + "<p:spPr>" + transform(x: 0, y: 0, width: width, height: height)
            + #"<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></p:spPr></p:pic>"#
    }

    /// The strip of the 17 goals' colours, full width.
    static func goalStrip(firstID: Int, y: Int, width: Int, height: Int, colors: [String]) -> String {
        var xml = ""
        for (index, color) in colors.enumerated() {
            let left = width * index / colors.count
            let right = width * (index + 1) / colors.count
            xml += rectangle(id: firstID + index, name: "SDG \(index + 1)", x: left, y: y, width: right - left, height: height, color: color)
        }
        return xml
    }
}
