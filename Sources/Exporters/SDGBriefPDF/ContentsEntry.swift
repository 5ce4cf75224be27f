/// One line of the contents page.
struct ContentsEntry {
    var title: String
    /// “01” for a case, nil for a section.
    var number: String?
    var destination: String
    /// 0 for a section, 1 for a case under “案例”.
    var level: Int
}
