/// The rule every artifact path must meet before anything is written: relative,
/// inside the output directory, and a name that Windows, macOS and Linux file
/// systems all accept.
public enum ArtifactPath {
    static let reservedWindowsNames: Set<String> = [
        "con", "prn", "aux", "nul", "com1", "com2", "com3", "com4", "com5", "com6", "com7", "com8", "com9",
        "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9",
    ]

    public static func isSafe(_ path: String) -> Bool {
        guard !path.isEmpty, !path.hasPrefix("/"), path.utf8.count <= 240 else { return false }
        let components = path.split(separator: "/", omittingEmptySubsequences: false)
        return components.allSatisfy { component in
            guard !component.isEmpty, component != ".", component != "..", component.count <= 120,
                !component.hasSuffix("."), !component.hasSuffix(" ")
            else { return false }
            let stem = component.split(separator: ".").first.map { $0.lowercased() } ?? ""
            if reservedWindowsNames.contains(stem) { return false }
            return component.unicodeScalars.allSatisfy { scalar in
                scalar.value >= 0x20 && !"<>:\"\\|?*".unicodeScalars.contains(scalar)
            }
        }
    }
}
