/// How a plain YAML scalar says “null” under the core schema, as Yams reads
/// it. Both loader paths test for it, and the fast path is right only while
/// it reads exactly what the slow path does, so the spellings live here once.
enum YAMLNull {
    static let plainSpellings = ["", "~", "null", "Null", "NULL"]
}
