// Link descriptions and table header scopes, written with qpdf's object model
// as the pass walks the structure tree.
#include "structure_descriptions.hh"

#include <utility>

StructureDescriptions::StructureDescriptions(std::vector<std::string> links, std::vector<std::string> headerScopes)
    : links(std::move(links)), headerScopes(std::move(headerScopes)) {}

std::string StructureDescriptions::mismatch() const {
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

void StructureDescriptions::describe(QPDFObjectHandle element, QPDFObjectHandle role) {
    if (role.isNameAndEquals("/Link")) {
        if (linksSeen < links.size() && !links[linksSeen].empty()) describeLink(element, links[linksSeen]);
        ++linksSeen;
    } else if (role.isNameAndEquals("/TH")) {
        if (headersSeen < headerScopes.size() && !headerScopes[headersSeen].empty()) {
            // Cairo writes no attributes, so the table attributes are the only ones.
            auto attributes = QPDFObjectHandle::newDictionary();
            attributes.replaceKey("/O", QPDFObjectHandle::newName("/Table"));
            attributes.replaceKey("/Scope", QPDFObjectHandle::newName("/" + headerScopes[headersSeen]));
            element.replaceKey("/A", attributes);
        }
        ++headersSeen;
    }
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
