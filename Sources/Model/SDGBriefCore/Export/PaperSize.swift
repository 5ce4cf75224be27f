/// Page sizes for the PDF brief, in PostScript points.
public enum PaperSize: String, Sendable, Hashable, CaseIterable {
    case a4
    case letter

    public var width: Double {
        switch self {
        case .a4: 595.276
        case .letter: 612
        }
    }

    public var height: Double {
        switch self {
        case .a4: 841.89
        case .letter: 792
        }
    }
}
