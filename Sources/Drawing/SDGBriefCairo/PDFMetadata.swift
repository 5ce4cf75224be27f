import Foundation

/// The document information a PDF reader shows.
public struct PDFMetadata: Sendable, Hashable {
    public var title: String?
    public var author: String?
    public var subject: String?
    public var keywords: [String]
    public var creator: String?
    /// Nil writes no date at all, so the same input gives the same bytes.
    public var creationDate: Date?
    public var modificationDate: Date?

    public init(
        title: String? = nil,
        author: String? = nil,
        subject: String? = nil,
        keywords: [String] = [],
        creator: String? = nil,
        creationDate: Date? = nil,
        modificationDate: Date? = nil
    ) {
        self.title = title
        self.author = author
        self.subject = subject
        self.keywords = keywords
        self.creator = creator
        self.creationDate = creationDate
        self.modificationDate = modificationDate
    }
}
