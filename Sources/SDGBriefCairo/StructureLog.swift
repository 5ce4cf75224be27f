/// What the post-processing of a tagged PDF needs to know of the tags Cairo
/// wrote: the alternative text of each Figure, in the order they were begun,
/// which is the order of the structure tree.
final class StructureLog {
    private(set) var figureAlternativeTexts: [String] = []

    func began(_ tag: StructureTagInfo) {
        if tag.isFigure { figureAlternativeTexts.append(tag.alternativeText) }
    }
}

/// The part of a structure tag the log keeps.
struct StructureTagInfo {
    var isFigure: Bool
    var alternativeText: String
}
