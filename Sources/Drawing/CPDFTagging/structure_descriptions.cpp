// Link descriptions and table header scopes, written with qpdf's object model
// as the pass meets each structure element.
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

std::optional<std::string> StructureDescriptions::describe(QPDFObjectHandle element, QPDFObjectHandle role) {
    if (role.isNameAndEquals("/Link")) {
        std::optional<std::string> description;
        if (linksSeen < links.size() && !links[linksSeen].empty()) {
            // The element's /Alt for a screen reader walking the structure;
            // its annotations' /Contents for one walking the annotations.
            element.replaceKey("/Alt", QPDFObjectHandle::newUnicodeString(links[linksSeen]));
            description = links[linksSeen];
        }
        ++linksSeen;
        return description;
    }
    if (role.isNameAndEquals("/TH")) {
        if (headersSeen < headerScopes.size() && !headerScopes[headersSeen].empty()) {
            // Cairo writes no attributes, so the table attributes are the only ones.
            auto attributes = QPDFObjectHandle::newDictionary();
            attributes.replaceKey("/O", QPDFObjectHandle::newName("/Table"));
            attributes.replaceKey("/Scope", QPDFObjectHandle::newName("/" + headerScopes[headersSeen]));
            element.replaceKey("/A", attributes);
        }
        ++headersSeen;
    }
    return std::nullopt;
}
