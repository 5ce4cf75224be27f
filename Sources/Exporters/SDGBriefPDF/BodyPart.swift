/// A part of the brief's body that begins on a page of its own. Because each
/// starts afresh, where its pages break depends on nothing before it, which
/// is what lets the first pass plan parts on different threads.
enum BodyPart: Sendable, Hashable {
    case introduction
    case caseStudy(index: Int)
    case charts
    case conclusions
}
