// Link descriptions and table header scopes, written with qpdf's object model
// in a walk of their own over the structure tree.
#include "structure_descriptions.hh"

#include <utility>

StructureDescriptions::StructureDescriptions(std::vector<std::string> links, std::vector<std::string> headerScopes)
    : links(std::move(links)), headerScopes(std::move(headerScopes)) {}

std::string StructureDescriptions::apply(QPDFObjectHandle structTreeRoot) {
    visit(structTreeRoot.getKey("/K"));
    if (linksSeen != links.size()) {
        return "the structure tree holds " + std::to_string(linksSeen) + " links but " +
               std::to_string(links.size()) + " link descriptions were given";
    }
    if (headersSeen != headerScopes.size()) {
        return "the structure tree holds " + std::to_string(headersSeen) + " table header cells but " +
               std::to_string(headerScopes.size()) + " header scopes were given";
    }
    return {};
}

void StructureDescriptions::visit(QPDFObjectHandle node) {
    if (node.isArray()) {
        for (auto &item : node.aitems()) visit(item);
        return;
    }
    if (!node.isDictionary()) return;
    if (node.isIndirect() && !seen.insert(node.getObjGen()).second) return;
    auto type = node.getKey("/Type");
    if (type.isNameAndEquals("/MCR") || type.isNameAndEquals("/OBJR")) return;
    auto role = node.getKey("/S");
    if (role.isNameAndEquals("/Link")) {
        if (linksSeen < links.size() && !links[linksSeen].empty()) describeLink(node, links[linksSeen]);
        ++linksSeen;
    } else if (role.isNameAndEquals("/TH")) {
        if (headersSeen < headerScopes.size() && !headerScopes[headersSeen].empty()) {
            // Cairo writes no attributes, so the table attributes are the only ones.
            auto attributes = QPDFObjectHandle::newDictionary();
            attributes.replaceKey("/O", QPDFObjectHandle::newName("/Table"));
            attributes.replaceKey("/Scope", QPDFObjectHandle::newName("/" + headerScopes[headersSeen]));
            node.replaceKey("/A", attributes);
        }
        ++headersSeen;
    }
    if (node.hasKey("/K")) visit(node.getKey("/K"));
}

/// The element's /Alt for a screen reader walking the structure, and each of
/// its annotations' /Contents for one walking the annotations.
void StructureDescriptions::describeLink(QPDFObjectHandle link, std::string const &description) {
    link.replaceKey("/Alt", QPDFObjectHandle::newUnicodeString(description));
    auto kids = link.getKey("/K");
    std::vector<QPDFObjectHandle> items;
    if (kids.isArray()) items = kids.getArrayAsVector();
    else items.push_back(kids);
    for (auto &kid : items) {
        if (!kid.isDictionary() || !kid.getKey("/Type").isNameAndEquals("/OBJR")) continue;
        auto annotation = kid.getKey("/Obj");
        if (annotation.isDictionary()) annotation.replaceKey("/Contents", QPDFObjectHandle::newUnicodeString(description));
    }
}
