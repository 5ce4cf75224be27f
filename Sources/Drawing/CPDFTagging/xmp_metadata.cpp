// The XMP packet of a tagged PDF. Written by hand from the document
// information qpdf has read: qpdf has no XMP writer, and the packet is a
// fixed RDF shape with a handful of text values, which only need escaping.
#include "xmp_metadata.hh"

#include <qpdf/QPDFObjectHandle.hh>

#include <cctype>
#include <sstream>

namespace {

bool isDigits(std::string const &text, size_t from, size_t count) {
    if (from + count > text.size()) return false;
    for (size_t i = from; i < from + count; ++i) {
        if (!std::isdigit(static_cast<unsigned char>(text[i]))) return false;
    }
    return true;
}

/// The information entry `key` as UTF-8, or empty.
std::string infoText(QPDFObjectHandle info, char const *key) {
    auto value = info.isDictionary() ? info.getKey(key) : QPDFObjectHandle::newNull();
    return value.isString() ? value.getUTF8Value() : std::string();
}

void element(std::ostringstream &xml, char const *name, std::string const &value) {
    if (value.empty()) return;
    xml << "   <" << name << ">" << xmlEscaped(value) << "</" << name << ">\n";
}

/// A language alternative with only the default: dc:title, dc:description.
void alternative(std::ostringstream &xml, char const *name, std::string const &value) {
    if (value.empty()) return;
    xml << "   <" << name << "><rdf:Alt><rdf:li xml:lang=\"x-default\">" << xmlEscaped(value)
        << "</rdf:li></rdf:Alt></" << name << ">\n";
}

/// An ordered or unordered list of one item: dc:creator, dc:language.
void list(std::ostringstream &xml, char const *name, char const *kind, std::string const &value) {
    if (value.empty()) return;
    xml << "   <" << name << "><rdf:" << kind << "><rdf:li>" << xmlEscaped(value) << "</rdf:li></rdf:" << kind
        << "></" << name << ">\n";
}

/// The information date `key` with the "D:" prefix ISO 32000 requires, and
/// as an XMP date; both empty if there is none or it is no date.
std::string completeDate(QPDFObjectHandle info, char const *key) {
    auto text = infoText(info, key);
    auto date = xmpDate(text);
    if (date.empty()) return date;
    if (text.compare(0, 2, "D:") != 0) info.replaceKey(key, QPDFObjectHandle::newString("D:" + text));
    return date;
}

} // namespace

std::string xmlEscaped(std::string const &text) {
    std::string out;
    out.reserve(text.size());
    for (char c : text) {
        switch (c) {
        case '&': out += "&amp;"; break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '"': out += "&quot;"; break;
        case '\'': out += "&apos;"; break;
        case '\t': case '\n': case '\r': out += c; break;
        default: out += static_cast<unsigned char>(c) < 0x20 ? ' ' : c;
        }
    }
    return out;
}

std::string xmpDate(std::string const &pdfDate) {
    std::string text = pdfDate.compare(0, 2, "D:") == 0 ? pdfDate.substr(2) : pdfDate;
    if (!isDigits(text, 0, 4)) return {};
    std::string out = text.substr(0, 4);
    size_t at = 4;
    // Month and day follow with "-", hour with "T", minute and second with ":".
    static char const *const separators[] = {"-", "-", "T", ":", ":"};
    for (auto separator : separators) {
        if (!isDigits(text, at, 2)) break;
        out += separator + text.substr(at, 2);
        at += 2;
    }
    // A date without a time has no zone either.
    if (at < 10) return at == text.size() ? out : std::string();
    // XMP writes no hour without minutes.
    if (at == 10) out += ":00";
    if (at == text.size()) return out;
    char zone = text[at];
    if (zone == 'Z') return at + 1 == text.size() || text.compare(at, std::string::npos, "Z00'00'") == 0 ? out + "Z" : std::string();
    if ((zone != '+' && zone != '-') || !isDigits(text, at + 1, 2)) return {};
    std::string minutes = "00";
    size_t next = at + 3;
    if (next < text.size() && text[next] == '\'') ++next;
    if (isDigits(text, next, 2)) {
        minutes = text.substr(next, 2);
        next += 2;
        if (next < text.size() && text[next] == '\'') ++next;
    }
    if (next != text.size()) return {};
    return out + zone + text.substr(at + 1, 2) + ":" + minutes;
}

std::string xmpMetadata(QPDFObjectHandle info, std::string const &language) {
    std::ostringstream xml;
    // The byte order mark the packet header names, in UTF-8.
    xml << "<?xpacket begin=\"\xEF\xBB\xBF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
        << "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
        << " <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
        << "  <rdf:Description rdf:about=\"\"\n"
        << "    xmlns:dc=\"http://purl.org/dc/elements/1.1/\"\n"
        << "    xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\"\n"
        << "    xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\"\n"
        << "    xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\">\n";
    element(xml, "dc:format", "application/pdf");
    alternative(xml, "dc:title", infoText(info, "/Title"));
    list(xml, "dc:creator", "Seq", infoText(info, "/Author"));
    alternative(xml, "dc:description", infoText(info, "/Subject"));
    list(xml, "dc:language", "Bag", language);
    element(xml, "pdf:Keywords", infoText(info, "/Keywords"));
    element(xml, "pdf:Producer", infoText(info, "/Producer"));
    element(xml, "xmp:CreatorTool", infoText(info, "/Creator"));
    element(xml, "xmp:CreateDate", completeDate(info, "/CreationDate"));
    element(xml, "xmp:ModifyDate", completeDate(info, "/ModDate"));
    element(xml, "pdfuaid:part", "1");
    xml << "  </rdf:Description>\n"
        << " </rdf:RDF>\n"
        << "</x:xmpmeta>\n"
        << "<?xpacket end=\"w\"?>";
    return xml.str();
}
