/// What the first pass learns about one body part: how many pages it takes
/// and on which of them, counting from its first, each destination lands.
struct PartPlan: Sendable, Equatable {
    var pageCount: Int
    var destinations: [String: Int]
}
