import SDGBriefOOXML
/// The slide master, its one blank layout and the notes master: every slide
/// places its own shapes, so the masters carry only the background, the
/// colour mapping and the text defaults.
enum MasterXML {
    static let colorMap = #"bg1="lt1" tx1="dk1" bg2="lt2" tx2="dk2" accent1="accent1" accent2="accent2" accent3="accent3" accent4="accent4" accent5="accent5" accent6="accent6" hlink="hlink" folHlink="folHlink""#

    static func level(_ points: Int) -> String {
        #"<a:lvl1pPr marL="0" indent="0"><a:defRPr sz="\#(points * 100)"><a:solidFill><a:schemeClr val="tx1"/></a:solidFill><a:latin typeface="+mn-lt"/><a:ea typeface="+mn-ea"/></a:defRPr></a:lvl1pPr>"#
    }

    static func slideMaster(colors: DeckColors) -> String {
        OOXMLPackage.declaration
            + #"<p:sldMaster \#(DrawingML.namespaces)><p:cSld>"#
            + #"<p:bg><p:bgPr><a:solidFill><a:srgbClr val="\#(colors.background)"/></a:solidFill><a:effectLst/></p:bgPr></p:bg>"#
            + DrawingML.shapeTree("")
            + #"</p:cSld><p:clrMap \#(colorMap)/>"#
            + #"<p:sldLayoutIdLst><p:sldLayoutId id="2147483649" r:id="rId1"/></p:sldLayoutIdLst>"#
            + "<p:txStyles><p:titleStyle>\(level(44))</p:titleStyle><p:bodyStyle>\(level(24))</p:bodyStyle><p:otherStyle>\(level(18))</p:otherStyle></p:txStyles>"
            + "</p:sldMaster>"
    }

    static let slideLayout = OOXMLPackage.declaration
        + #"<p:sldLayout \#(DrawingML.namespaces) type="blank" preserve="1"><p:cSld name="Blank">"#
        + DrawingML.shapeTree("")
        + "</p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sldLayout>"

    /// A notes page: the slide's picture above, in the slide's proportions
    /// within the space PowerPoint gives it, and the notes below.
    static func notesMaster(_ geometry: SlideGeometry) -> String {
        let box = (x: 685_800, y: 685_800, width: 5_486_400, height: 3_086_100)
        let scale = min(Double(box.width) / Double(geometry.width), Double(box.height) / Double(geometry.height))
        let width = Int(Double(geometry.width) * scale)
        let height = Int(Double(geometry.height) * scale)
        let picture = DrawingML.transform(x: box.x + (box.width - width) / 2, y: box.y + (box.height - height) / 2, width: width, height: height)
        return OOXMLPackage.declaration
            + #"<p:notesMaster \#(DrawingML.namespaces)><p:cSld>"#
            + #"<p:bg><p:bgRef idx="1001"><a:schemeClr val="bg1"/></p:bgRef></p:bg>"#
            + DrawingML.shapeTree(
                #"<p:sp><p:nvSpPr><p:cNvPr id="2" name="Slide Image Placeholder 1"/><p:cNvSpPr><a:spLocks noGrp="1" noRot="1" noChangeAspect="1"/></p:cNvSpPr><p:nvPr><p:ph type="sldImg" idx="2"/></p:nvPr></p:nvSpPr><p:spPr>"#
                    + picture
                    + #"<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/></p:spPr></p:sp>"#
                    + #"<p:sp><p:nvSpPr><p:cNvPr id="3" name="Notes Placeholder 2"/><p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr><p:nvPr><p:ph type="body" sz="quarter" idx="3"/></p:nvPr></p:nvSpPr><p:spPr>"#
                    + DrawingML.transform(x: 685_800, y: 4_114_800, width: 5_486_400, height: 4_343_400)
                    + #"<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></p:spPr><p:txBody><a:bodyPr/><a:lstStyle/><a:p><a:endParaRPr lang="en-US"/></a:p></p:txBody></p:sp>"#
            )
            + #"</p:cSld><p:clrMap \#(colorMap)/><p:notesStyle>\#(level(12))</p:notesStyle></p:notesMaster>"#
    }
}
