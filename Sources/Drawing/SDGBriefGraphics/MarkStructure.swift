extension Array where Element == Mark {
    /// The marks with every group that only tags its marks as a structure
    /// element (no offset, scale or clip) replaced by those marks: what is
    /// drawn, in order, for code that reads a page's text and links.
    public var untagged: [Mark] {
        flatMap { mark -> [Mark] in
            guard case .group(let group) = mark, group.structure != nil,
                  group.offset == .zero, group.scale == 1, group.clip == nil
            else { return [mark] }
            return group.marks.untagged
        }
    }
}
