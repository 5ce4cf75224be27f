import SDGBriefOOXML
/// The theme part a master needs: colours (dark text on the deck's
/// background, the goals' colours as accents), the charts' font, and the
/// plainest fill, line and effect styles the format requires three of.
enum ThemeXML {
    static func theme(name: String, colors: DeckColors) -> String {
        let accents = [11, 17, 13, 6, 3, 1].map { colors.goals[$0 - 1] }
        var scheme = #"<a:dk1><a:srgbClr val="\#(colors.text)"/></a:dk1><a:lt1><a:srgbClr val="\#(colors.background)"/></a:lt1>"#
            + #"<a:dk2><a:srgbClr val="\#(colors.secondaryText)"/></a:dk2><a:lt2><a:srgbClr val="F2F4F7"/></a:lt2>"#
        for (index, accent) in accents.enumerated() {
            scheme += #"<a:accent\#(index + 1)><a:srgbClr val="\#(accent)"/></a:accent\#(index + 1)>"#
        }
        scheme += #"<a:hlink><a:srgbClr val="0072B2"/></a:hlink><a:folHlink><a:srgbClr val="6A3D9A"/></a:folHlink>"#
        let font = #"<a:latin typeface="\#(DrawingML.typeface)"/><a:ea typeface="\#(DrawingML.typeface)"/><a:cs typeface=""/>"#
        let fill = #"<a:solidFill><a:schemeClr val="phClr"/></a:solidFill>"#
        let line = #"<a:ln w="9525"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln>"#
        let effect = "<a:effectStyle><a:effectLst/></a:effectStyle>"
        return OOXMLPackage.declaration
            + #"<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="\#(DrawingML.escape(name))"><a:themeElements>"#
            + #"<a:clrScheme name="sdgbrief">\#(scheme)</a:clrScheme>"#
            + #"<a:fontScheme name="sdgbrief"><a:majorFont>\#(font)</a:majorFont><a:minorFont>\#(font)</a:minorFont></a:fontScheme>"#
            + #"<a:fmtScheme name="sdgbrief"><a:fillStyleLst>\#(fill)\#(fill)\#(fill)</a:fillStyleLst>"#
            + #"<a:lnStyleLst>\#(line)\#(line)\#(line)</a:lnStyleLst>"#
            + #"<a:effectStyleLst>\#(effect)\#(effect)\#(effect)</a:effectStyleLst>"#
            + #"<a:bgFillStyleLst>\#(fill)\#(fill)\#(fill)</a:bgFillStyleLst></a:fmtScheme>"#
            + "</a:themeElements><a:objectDefaults/><a:extraClrSchemeLst/></a:theme>"
    }
}
