/// The known word a misspelt one was most likely meant to be, for the
/// "did you mean" of messages about unknown fields and vocabulary words.
public enum SpellingSuggestion {
    /// The candidate closest to `word` by edit distance (letters inserted,
    /// deleted, changed or swapped, ignoring case), when it is close enough
    /// to be a slip rather than a different word: at most a third of the
    /// word's letters, and at least one. Nil when none is, or when two are
    /// equally close, since then a suggestion would be a guess.
    public static func closest(to word: String, among candidates: [String]) -> String? {
        let typed = Array(word.lowercased())
        guard !typed.isEmpty else { return nil }
        let limit = max(1, typed.count / 3)
        var best: (candidate: String, distance: Int)?
        var tied = false
        for candidate in candidates {
            let distance = editDistance(typed, Array(candidate.lowercased()))
            guard distance <= limit, distance > 0 || candidate != word else { continue }
            if let current = best, distance == current.distance {
                tied = true
            } else if best == nil || distance < best!.distance {
                best = (candidate, distance)
                tied = false
            }
        }
        return tied ? nil : best?.candidate
    }

    /// `did you mean "x"?`, or nothing.
    public static func phrase(for word: String, among candidates: [String]) -> String? {
        closest(to: word, among: candidates).map { "did you mean \"\($0)\"?" }
    }

    /// Damerau–Levenshtein (optimal string alignment) distance; the words are
    /// field names and vocabulary codes, a few letters long.
    static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previousRow = [Int](repeating: 0, count: b.count + 1)
        var row = Array(0...b.count)
        var beforePrevious = row
        for i in 1...a.count {
            beforePrevious = previousRow
            previousRow = row
            row = [Int](repeating: 0, count: b.count + 1)
            row[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                row[j] = min(previousRow[j] + 1, row[j - 1] + 1, previousRow[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    row[j] = min(row[j], beforePrevious[j - 2] + 1)
                }
            }
        }
        return row[b.count]
    }
}
