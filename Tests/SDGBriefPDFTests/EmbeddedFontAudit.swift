import Foundation
import SDGBriefTestSupport

/// Decodes every font program embedded in a PDF with fontTools and reports
/// each glyph the text uses whose outline is empty: what a reader would see
/// as a blank where a character should be.
///
/// Needs a Python 3 with fontTools (Debian's `python3-fonttools`, which
/// `bootstrap` installs, or `pip install fonttools`) and qpdf.
enum EmbeddedFontAudit {
    struct Result: Decodable {
        struct EmptyGlyph: Decodable { var font: String; var code: Int; var text: String }
        var fonts: Int
        var glyphs: Int
        var empty: [EmptyGlyph]
        /// Space characters with empty outlines, as they should be: proof that
        /// the audit sees an empty outline when there is one.
        var blankWithoutOutline: Int
    }

    static func run(_ pdfPath: String) throws -> Result {
        let result = try ExternalTool.run(python, ["-c", script, pdfPath])
        guard result.status == 0 else {
            throw AuditError(message: result.errorText)
        }
        return try JSONDecoder().decode(Result.self, from: result.output)
    }

    /// The first interpreter that has fontTools: Debian's, where the apt
    /// package puts it, before whatever `python3` a version manager puts first
    /// on PATH.
    static let python: String = {
        for candidate in ["/usr/bin/python3", "python3"] {
            if let probe = try? ExternalTool.run(candidate, ["-c", "import fontTools"]), probe.status == 0 {
                return candidate
            }
        }
        return "python3"
    }()

    struct AuditError: Error, CustomStringConvertible {
        var message: String
        var description: String { message }
    }

    static let script = #"""
import io, json, re, subprocess, sys, unicodedata
from fontTools.ttLib import TTFont
from fontTools.cffLib import CFFFontSet
from fontTools.pens.boundsPen import BoundsPen

path = sys.argv[1]
doc = json.loads(subprocess.run(["qpdf", "--json", path], capture_output=True, check=True).stdout)
objects = doc["qpdf"][1]

def value(ref):
    return objects["obj:" + ref]["value"] if isinstance(ref, str) and ref.endswith(" R") else ref

def stream(ref):
    return subprocess.run(["qpdf", "--show-object=" + ref.replace(" 0 R", ""), "--filtered-stream-data", path], capture_output=True, check=True).stdout

def to_unicode(ref):
    cmap = stream(ref).decode("latin-1")
    table = {}
    for block in re.findall(r"beginbfchar(.*?)endbfchar", cmap, re.S):
        for src, dst in re.findall(r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", block):
            table[int(src, 16)] = bytes.fromhex(dst).decode("utf-16-be")
    for block in re.findall(r"beginbfrange(.*?)endbfrange", cmap, re.S):
        for lo, hi, dst in re.findall(r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", block):
            start = int(dst, 16)
            for i, code in enumerate(range(int(lo, 16), int(hi, 16) + 1)):
                table[code] = chr(start + i)
    return table

def blank(text):
    return all(c.isspace() or unicodedata.category(c) in ("Cf", "Zs", "Cc") for c in text)

report = {"fonts": 0, "glyphs": 0, "empty": [], "blankWithoutOutline": 0}
for key, entry in objects.items():
    font = entry.get("value")
    if not isinstance(font, dict) or font.get("/Type") != "/Font" or "/ToUnicode" not in font:
        continue
    codes = to_unicode(font["/ToUnicode"])
    descendant = value(font["/DescendantFonts"][0]) if "/DescendantFonts" in font else font
    descriptor = value(descendant["/FontDescriptor"])
    name = font.get("/BaseFont")
    if "/FontFile2" in descriptor:
        tt = TTFont(io.BytesIO(stream(descriptor["/FontFile2"])))
        glyphs = tt.getGlyphSet()
        order = tt.getGlyphOrder()
        if font.get("/Subtype") == "/TrueType":
            # Simple WinAnsi font: a viewer maps each code to its character,
            # then through the subset's Unicode cmap.
            cmap = tt.getBestCmap() or {}
            lookup = lambda code: cmap.get(ord(codes[code])) if len(codes.get(code, "")) == 1 else None
        else:
            lookup = lambda code: order[code] if code < len(order) else None
    elif "/FontFile3" in descriptor:
        cff = CFFFontSet()
        cff.decompile(io.BytesIO(stream(descriptor["/FontFile3"])), None)
        top = cff[cff.fontNames[0]]
        glyphs = top.CharStrings
        order = top.charset
        if "/Encoding" in font and font.get("/Subtype") == "/Type1":
            # Simple font: codes map through the encoding to glyph names.
            enc = getattr(top, "Encoding", None)
            lookup = lambda code: enc[code] if isinstance(enc, list) and code < len(enc) and enc[code] != ".notdef" else None
        else:
            lookup = lambda code: order[code] if code < len(order) else None
    else:
        print(json.dumps({"error": f"{name} is not embedded"})); sys.exit(1)
    report["fonts"] += 1
    for code, text in sorted(codes.items()):
        glyph = lookup(code)
        pen = BoundsPen(glyphs)
        if blank(text):
            # Spaces are meant to be empty; counting them shows the check sees emptiness.
            if glyph in glyphs:
                glyphs[glyph].draw(pen)
                report["blankWithoutOutline"] += pen.bounds is None
            continue
        if glyph is None or glyph not in glyphs:
            report["empty"].append({"font": name, "code": code, "text": text, "reason": "no glyph"}); continue
        glyphs[glyph].draw(pen)
        report["glyphs"] += 1
        if pen.bounds is None:
            report["empty"].append({"font": name, "code": code, "text": text})
print(json.dumps(report, ensure_ascii=False))
"""#
}
