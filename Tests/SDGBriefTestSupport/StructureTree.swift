import Foundation

/// A tagged PDF's structure as pikepdf reads it: the catalog's accessibility
/// entries, every structure element in reading order, and what the page
/// content does outside the elements. Read with Debian's python3-pikepdf.
public struct StructureTree: Decodable {
    public struct Element: Decodable {
        /// The structure type without its slash: "H1", "Figure".
        public var role: String
        /// 1-based page of the element's first marked content, if any.
        public var page: Int?
        public var alt: String?
        /// A table header cell's /Scope without its slash: "Row".
        public var scope: String?
        public var depth: Int
        /// The roles of the element's direct child elements.
        public var children: [String]
    }

    public var lang: String?
    public var marked: Bool
    public var displayDocTitle: Bool
    public var pageCount: Int
    public var elements: [Element]
    /// Painting operators (fill, stroke, text, images) outside every marked
    /// sequence: content that is neither tagged nor an artifact.
    public var untaggedPainting: Int
    /// `/Artifact` marked sequences, over all pages.
    public var artifacts: Int
    /// Pages with annotations and without `/Tabs /S`.
    public var pagesWithoutStructureTabOrder: Int
    /// Marked-content ids the tree names that no page's content holds.
    public var danglingMarkedContent: Int
    /// The /Contents of every link annotation, page by page (nil where it has none).
    public var linkAnnotationContents: [String?]

    public static func read(path: String) throws -> StructureTree {
        let result = try ExternalTool.run("/usr/bin/python3", ["-c", script, path])
        guard result.status == 0 else {
            throw CocoaError(.fileReadCorruptFile, userInfo: [NSLocalizedDescriptionKey: "pikepdf could not read \(path): \(result.errorText)"])
        }
        return try JSONDecoder().decode(StructureTree.self, from: result.output)
    }

    /// The elements of `roles`, in reading order.
    public func elements(_ roles: Set<String>) -> [Element] {
        elements.filter { roles.contains($0.role) }
    }

    private static let script = #"""
import json, sys
import pikepdf

pdf = pikepdf.open(sys.argv[1])
root = pdf.Root
page_index = {page.objgen: i + 1 for i, page in enumerate(pdf.pages)}
content_mcids = set()
untagged = 0
artifacts = 0
painting = {"f", "F", "f*", "S", "s", "B", "B*", "b", "b*", "sh", "Do", "Tj", "TJ", "'", '"', "EI"}
for index, page in enumerate(pdf.pages):
    depth = 0
    for operands, operator in pikepdf.parse_content_stream(page):
        op = str(operator)
        if op in ("BDC", "BMC"):
            depth += 1
            if operands and str(operands[0]) == "/Artifact":
                artifacts += 1
            if op == "BDC" and len(operands) > 1 and isinstance(operands[1], pikepdf.Dictionary) and "/MCID" in operands[1]:
                content_mcids.add((index + 1, int(operands[1].MCID)))
        elif op == "EMC":
            depth -= 1
        elif depth == 0 and op in painting:
            untagged += 1
link_contents = [str(annot.Contents) if "/Contents" in annot else None
                 for page in pdf.pages for annot in page.obj.get("/Annots", [])
                 if annot.get("/Subtype") == pikepdf.Name("/Link")]
no_tabs = sum(1 for page in pdf.pages if "/Annots" in page.obj and page.obj.get("/Tabs") != pikepdf.Name("/S"))

elements = []
dangling = 0
def kids(node):
    k = node.get("/K")
    if k is None:
        return []
    return list(k) if isinstance(k, pikepdf.Array) else [k]

def scope_of(node):
    attributes = node.get("/A")
    items = list(attributes) if isinstance(attributes, pikepdf.Array) else [attributes]
    for item in items:
        if isinstance(item, pikepdf.Dictionary) and "/Scope" in item:
            return str(item.Scope)[1:]
    return None

def visit(node, depth, page):
    global dangling
    if not isinstance(node, pikepdf.Dictionary) or "/S" not in node:
        return
    own = node.get("/Pg")
    page = page_index.get(own.objgen) if own is not None else page
    entry = {"role": str(node.S)[1:], "page": None, "alt": str(node.Alt) if "/Alt" in node else None, "scope": scope_of(node), "depth": depth, "children": []}
    elements.append(entry)
    for kid in kids(node):
        if isinstance(kid, int):
            if entry["page"] is None:
                entry["page"] = page
            if (page, int(kid)) not in content_mcids:
                dangling += 1
        elif isinstance(kid, pikepdf.Dictionary) and kid.get("/Type") == pikepdf.Name("/MCR"):
            mcr_page = page_index.get(kid.Pg.objgen) if "/Pg" in kid else page
            if entry["page"] is None:
                entry["page"] = mcr_page
            if (mcr_page, int(kid.MCID)) not in content_mcids:
                dangling += 1
        elif isinstance(kid, pikepdf.Dictionary) and "/S" in kid:
            entry["children"].append(str(kid.S)[1:])
            visit(kid, depth + 1, page)
    if entry["page"] is None:
        entry["page"] = next((e["page"] for e in elements[elements.index(entry) + 1:] if e["page"] is not None), None)

tree = root.get("/StructTreeRoot")
if tree is not None:
    for kid in kids(tree):
        visit(kid, 0, None)
mark_info = root.get("/MarkInfo")
preferences = root.get("/ViewerPreferences")
json.dump({
    "lang": str(root.Lang) if "/Lang" in root else None,
    "marked": bool(mark_info is not None and mark_info.get("/Marked", False)),
    "displayDocTitle": bool(preferences is not None and preferences.get("/DisplayDocTitle", False)),
    "pageCount": len(pdf.pages),
    "elements": elements,
    "untaggedPainting": untagged,
    "artifacts": artifacts,
    "pagesWithoutStructureTabOrder": no_tabs,
    "danglingMarkedContent": dangling,
    "linkAnnotationContents": link_contents,
}, sys.stdout)
"""#
}
