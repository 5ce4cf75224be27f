internal import CCairoPango
import Synchronization

/// The one owner of a Pango cairo font map. Each engine has its own rather
/// than Pango's per-thread default, so its lifetime is explicit.
///
/// The map sees only the fonts of the families it is made for. Pango sorts
/// every installed font against each new size and weight it is asked for
/// (fontconfig's `FcFontSort`), once per map: with the 293 fonts of a desktop
/// install that was 7% of a 100-case PDF. Any other font could only ever be
/// a fallback, and the brief refuses text its own font cannot draw. The
/// system's configuration is read all the same, so its rules (synthetic
/// bold, say) apply as before. Building that configuration reads every
/// font's cache entry, so it is built once per set of families and shared:
/// fontconfig's queries are thread-safe, as they were when every map used
/// the system's configuration.
final class FontMap {
    let pointer: UnsafeMutablePointer<PangoFontMap>

    init(families: [String]) {
        pointer = pango_cairo_font_map_new()
        if let config = Self.sharedConfiguration(families: families) {
            // The map takes a reference of its own.
            pango_fc_font_map_set_config(OpaquePointer(pointer), config)
        }
    }

    deinit { g_object_unref(UnsafeMutableRawPointer(pointer)) }

    /// Configurations made so far, by families; kept for the process's life.
    private static let configurations = Mutex<[[String]: OpaquePointer?]>([:])

    private static func sharedConfiguration(families: [String]) -> OpaquePointer? {
        configurations.withLock { made in
            if let config = made[families] { return config }
            let config = configuration(families: families)
            made[families] = config
            return config
        }
    }

    /// The system's configuration with every font but the families' rejected;
    /// nil, and the map uses the system's as it is, if that cannot be built
    /// or would leave no font at all.
    private static func configuration(families: [String]) -> OpaquePointer? {
        guard !families.isEmpty, let config = FcConfigCreate() else { return nil }
        var system: String?
        if let path = FcConfigFilename(nil) {
            system = String(cString: path)
            FcStrFree(path)
        }
        let accepted = families.map { "<pattern><patelt name=\"family\"><string>\(escaped($0))</string></patelt></pattern>" }.joined()
        let xml = """
            <?xml version="1.0"?>
            <fontconfig>
              <include ignore_missing="yes">\(escaped(system ?? "fonts.conf"))</include>
              <selectfont><rejectfont><pattern></pattern></rejectfont><acceptfont>\(accepted)</acceptfont></selectfont>
            </fontconfig>
            """
        guard FcConfigParseAndLoadFromMemory(config, xml, 1) != 0, FcConfigBuildFonts(config) != 0,
              let fonts = FcConfigGetFonts(config, FcSetSystem), fonts.pointee.nfont > 0
        else {
            FcConfigDestroy(config)
            return nil
        }
        return config
    }

    private static func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: "\"", with: "&quot;")
    }
}

extension FontMap {
    /// The families the map can choose from, sorted.
    var familyNames: [String] {
        var families: UnsafeMutablePointer<UnsafeMutablePointer<PangoFontFamily>?>?
        var count: Int32 = 0
        pango_font_map_list_families(pointer, &families, &count)
        defer { g_free(families) }
        return (0 ..< Int(count)).compactMap { families?[$0] }.compactMap { pango_font_family_get_name($0).map { String(cString: $0) } }.sorted()
    }
}
