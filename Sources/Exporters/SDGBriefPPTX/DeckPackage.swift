import Foundation
import SDGBriefCore
import SDGBriefOOXML

/// Lays the slides out as a PresentationML package: one master and layout,
/// a notes master, and per slide its part, its notes page and, for a chart,
/// its PNG and SVG.
struct DeckPackage {
    var slides: [DeckSlide]
    var geometry: SlideGeometry
    var colors: DeckColors
    var title: String
    var subject: String?
    var creator: String?
    /// The BCP 47 tag of the slides' text, e.g. `zh-CN`.
    var language: String
    var date: Date?

    private static let presentationML = "application/vnd.openxmlformats-officedocument.presentationml"
    private static let officeRelationship = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    private static func relationship(_ id: String, _ type: String, _ target: String) -> OOXMLRelationship {
        OOXMLRelationship(id: id, type: type.contains("://") ? type : "\(officeRelationship)/\(type)", target: target)
    }

    func data() throws -> Data {
        let package = OOXMLPackage(date: date)
        let ml = Self.presentationML
        package.addRelationships("_rels/.rels", [
            Self.relationship("rId1", "officeDocument", "ppt/presentation.xml"),
            Self.relationship("rId2", "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties", "docProps/core.xml"),
            Self.relationship("rId3", "extended-properties", "docProps/app.xml"),
        ])
        package.add("docProps/core.xml", contentType: "application/vnd.openxmlformats-package.core-properties+xml",
                    xml: PresentationXML.core(title: title, subject: subject, creator: creator, language: language, date: date))
        package.add("docProps/app.xml", contentType: "application/vnd.openxmlformats-officedocument.extended-properties+xml",
                    xml: PresentationXML.application(slides: slides.count, notes: slides.count))

        let slideIDs = slides.indices.map { "rId\($0 + 3)" }
        let extra = slides.count + 3
        package.add("ppt/presentation.xml", contentType: "\(ml).presentation.main+xml",
                    xml: PresentationXML.presentation(slideRelationships: slideIDs, geometry: geometry))
        package.addRelationships("ppt/_rels/presentation.xml.rels", [
            Self.relationship("rId1", "slideMaster", "slideMasters/slideMaster1.xml"),
            Self.relationship("rId2", "notesMaster", "notesMasters/notesMaster1.xml"),
        ] + slides.indices.map { Self.relationship(slideIDs[$0], "slide", "slides/slide\($0 + 1).xml") } + [
            Self.relationship("rId\(extra)", "presProps", "presProps.xml"),
            Self.relationship("rId\(extra + 1)", "viewProps", "viewProps.xml"),
            Self.relationship("rId\(extra + 2)", "theme", "theme/theme1.xml"),
            Self.relationship("rId\(extra + 3)", "tableStyles", "tableStyles.xml"),
        ])
        package.add("ppt/presProps.xml", contentType: "\(ml).presProps+xml", xml: PresentationXML.presentationProperties)
        package.add("ppt/viewProps.xml", contentType: "\(ml).viewProps+xml", xml: PresentationXML.viewProperties)
        package.add("ppt/tableStyles.xml", contentType: "\(ml).tableStyles+xml", xml: PresentationXML.tableStyles)

        let theme = "application/vnd.openxmlformats-officedocument.theme+xml"
        package.add("ppt/theme/theme1.xml", contentType: theme, xml: ThemeXML.theme(name: "sdgbrief", colors: colors))
        package.add("ppt/slideMasters/slideMaster1.xml", contentType: "\(ml).slideMaster+xml", xml: MasterXML.slideMaster(colors: colors))
        package.addRelationships("ppt/slideMasters/_rels/slideMaster1.xml.rels", [
            Self.relationship("rId1", "slideLayout", "../slideLayouts/slideLayout1.xml"),
            Self.relationship("rId2", "theme", "../theme/theme1.xml"),
        ])
        package.add("ppt/slideLayouts/slideLayout1.xml", contentType: "\(ml).slideLayout+xml", xml: MasterXML.slideLayout)
        package.addRelationships("ppt/slideLayouts/_rels/slideLayout1.xml.rels", [
            Self.relationship("rId1", "slideMaster", "../slideMasters/slideMaster1.xml"),
        ])
        // Notes pages are printed: always dark text on white, whatever the slides' theme.
        package.add("ppt/theme/theme2.xml", contentType: theme, xml: ThemeXML.theme(name: "sdgbrief notes", colors: DeckColors(.light)))
        package.add("ppt/notesMasters/notesMaster1.xml", contentType: "\(ml).notesMaster+xml", xml: MasterXML.notesMaster(geometry))
        package.addRelationships("ppt/notesMasters/_rels/notesMaster1.xml.rels", [
            Self.relationship("rId1", "theme", "../theme/theme2.xml"),
        ])

        for (index, slide) in slides.enumerated() {
            add(slide, number: index + 1, to: package)
        }
        return try package.data()
    }

    private func add(_ slide: DeckSlide, number: Int, to package: OOXMLPackage) {
        let ml = Self.presentationML
        var relationships = [
            Self.relationship("rId1", "slideLayout", "../slideLayouts/slideLayout1.xml"),
            Self.relationship("rId2", "notesSlide", "../notesSlides/notesSlide\(number).xml"),
        ]
        let shapeTree: String
        switch slide.content {
        case .text(let text):
            shapeTree = text.shapeTree(geometry, colors: colors, language: language)
        case .chart(let chart):
            relationships += [
                Self.relationship("rId3", "image", "../media/\(chart.id).png"),
                Self.relationship("rId4", "image", "../media/\(chart.id).svg"),
            ]
            shapeTree = DrawingML.shapeTree(DrawingML.picture(
                id: 2, name: chart.title, description: chart.altText,
                pngRelationship: "rId3", svgRelationship: "rId4", width: geometry.width, height: geometry.height
            ))
            package.add("ppt/media/\(chart.id).png", contentType: "image/png", contents: chart.png)
            package.add("ppt/media/\(chart.id).svg", contentType: "image/svg+xml", contents: chart.svg)
        }
        package.add("ppt/slides/slide\(number).xml", contentType: "\(ml).slide+xml", xml: SlideXML.slide(shapeTree: shapeTree))
        package.addRelationships("ppt/slides/_rels/slide\(number).xml.rels", relationships)
        package.add("ppt/notesSlides/notesSlide\(number).xml", contentType: "\(ml).notesSlide+xml",
                    xml: SlideXML.notes(slide.notes, language: language))
        package.addRelationships("ppt/notesSlides/_rels/notesSlide\(number).xml.rels", [
            Self.relationship("rId1", "notesMaster", "../notesMasters/notesMaster1.xml"),
            Self.relationship("rId2", "slide", "../slides/slide\(number).xml"),
        ])
    }
}
