/// A goal a case serves, and how the report ties it to the case.
public struct SDGTag: Codable, Sendable, Hashable {
    public var goal: Int
    public var role: SDGRole

    public init(goal: Int, role: SDGRole) {
        self.goal = goal
        self.role = role
    }
}

/// How a goal relates to a case.
///
/// An open set of strings rather than a closed enum so that a file with an
/// unknown role still decodes and validation can name every mistake at once.
public struct SDGRole: RawRepresentable, Codable, Sendable, Hashable, CaseIterableVocabulary {
    public var rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }

    /// Named in the case's partnership box or printed as a goal icon with it.
    public static let primary = SDGRole(rawValue: "primary")
    /// Named by the narrative as a goal the practice also serves.
    public static let related = SDGRole(rawValue: "related")

    public static let known: [SDGRole] = [.primary, .related]
}
