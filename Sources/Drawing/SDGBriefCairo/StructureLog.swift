/// What the post-processing of a tagged PDF needs to know of the tags Cairo
/// wrote: the alternative text of each Figure, the description of each Link
/// and the scope of each table header cell, each in the order they were
/// begun, which is the order of the structure tree.
final class StructureLog {
    private(set) var figureAlternativeTexts: [String] = []
    private(set) var linkDescriptions: [String] = []
    /// "Row", "Column", "Both", or empty for a header cell its maker gave no scope.
    private(set) var tableHeaderScopes: [String] = []

    func began(_ tag: StructureTagInfo) {
        if tag.isFigure { figureAlternativeTexts.append(tag.alternativeText) }
        if let scope = tag.headerScope { tableHeaderScopes.append(scope) }
    }

    /// Cairo makes each link a Link element of its own.
    func linked(_ description: String) {
        linkDescriptions.append(description)
    }
}

/// The part of a structure tag the log keeps.
struct StructureTagInfo {
    var isFigure: Bool
    var alternativeText: String
    /// Set for table header cells only.
    var headerScope: String? = nil
}
