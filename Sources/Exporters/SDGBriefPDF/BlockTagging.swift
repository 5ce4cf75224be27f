import SDGBriefGraphics

/// How a placed block's marks become structure elements of the tagged PDF.
/// Text, links and tagged groups are the content; rules, tints, bars and
/// other shapes stay outside every element, which makes them artifacts
/// (decoration a screen reader skips). A figure keeps its shapes: they are
/// what it shows, and its alternative text says it in words.
enum BlockTagging {
    /// The element a block of `kind` is unless its maker says otherwise.
    static func defaultStructure(_ kind: BlockKind) -> StructureTag? {
        switch kind {
        case .heading: StructureTag(.heading2)
        case .paragraph, .panel: StructureTag(.paragraph)
        case .listItem, .contentsEntry: StructureTag(.listItem)
        case .chart: StructureTag(.figure)
        case .decoration: nil
        }
    }

    /// The element consecutive blocks of `kind` on a page share.
    static func defaultContainer(_ kind: BlockKind) -> StructureRole? {
        switch kind {
        case .listItem, .contentsEntry: .list
        default: nil
        }
    }

    /// `marks` split into the shapes drawn first, outside any element, and the content.
    static func split(_ marks: [Mark], as tag: StructureTag?) -> (shapes: [Mark], content: [Mark]) {
        if let tag, tag.role == .figure { return ([], [MarkGroup.tagged(tag, marks)]) }
        var shapes: [Mark] = []
        var content: [Mark] = []
        for mark in marks {
            switch mark {
            case .rect, .path, .circle, .line: shapes.append(mark)
            case .text, .link, .destination, .group: content.append(mark)
            }
        }
        guard let tag, !content.isEmpty else { return (shapes, content) }
        return (shapes, [MarkGroup.tagged(tag, content)])
    }

    /// Adds a block's marks to a page's, inside the page's last `container`
    /// element when the marks before are one, so that a list or a table
    /// stays one element on each page it runs over.
    static func append(_ marks: [Mark], structure: StructureTag?, container: StructureRole?, to page: inout [Mark]) {
        let (shapes, content) = split(marks, as: structure)
        guard let container, !content.isEmpty else {
            page += shapes + content
            return
        }
        if let last = page.indices.last, case .group(var group) = page[last], group.structure?.role == container {
            group.marks += content
            page[last] = .group(group)
            // Under the container, so that they stay under its text too.
            page.insert(contentsOf: shapes, at: last)
        } else {
            page += shapes + [MarkGroup.tagged(StructureTag(container), content)]
        }
    }
}
