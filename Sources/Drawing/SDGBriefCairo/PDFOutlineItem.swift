/// An entry in a PDF's bookmarks, to nest further entries under.
public struct PDFOutlineItem: Sendable, Hashable {
    let id: Int32
}
