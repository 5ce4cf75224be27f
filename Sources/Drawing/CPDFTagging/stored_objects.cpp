// Cairo's objects as stored, located through qpdf's cross-reference table.
#include "stored_objects.hh"

#include <qpdf/QPDFXRefEntry.hh>

#include <algorithm>
#include <cstdlib>
#include <stdexcept>

namespace {

/// The offset `startxref` gives, from the file's last kilobyte.
long long crossReferenceOffset(std::FILE *file, long long size) {
    long long tail = std::min<long long>(size, 1024);
    std::string bytes(static_cast<size_t>(tail), '\0');
    if (fseeko(file, static_cast<off_t>(size - tail), SEEK_SET) != 0 ||
        std::fread(bytes.data(), 1, bytes.size(), file) != bytes.size()) {
        throw std::runtime_error("cannot read the end of the PDF written by cairo");
    }
    auto keyword = bytes.rfind("startxref");
    if (keyword == std::string::npos) throw std::runtime_error("the PDF written by cairo has no startxref");
    char *end = nullptr;
    long long offset = std::strtoll(bytes.c_str() + keyword + 9, &end, 10);
    if (end == bytes.c_str() + keyword + 9 || offset <= 0 || offset >= size) {
        throw std::runtime_error("the PDF written by cairo has no valid startxref");
    }
    return offset;
}

} // namespace

StoredObjects::StoredObjects(char const *path, QPDF &pdf) {
    file = std::fopen(path, "rb");
    if (!file) throw std::runtime_error(std::string("cannot open the PDF written by cairo at ") + path);
    // Read front to back in large blocks: the file is read once, in order.
    std::setvbuf(file, nullptr, _IOFBF, 1 << 20);
    if (fseeko(file, 0, SEEK_END) != 0) throw std::runtime_error("cannot measure the PDF written by cairo");
    long long size = ftello(file);
    long long table = crossReferenceOffset(file, size);
    for (auto const &[id, entry] : pdf.getXRefTable()) {
        if (entry.getType() == 2) throw std::runtime_error("the PDF keeps objects in object streams, which cairo does not write");
        if (entry.getType() != 1) continue;
        long long offset = entry.getOffset();
        // Cairo lists an object it allocated but never wrote at offset 0.
        if (offset <= 0) continue;
        if (offset >= table) throw std::runtime_error("object " + id.unparse(' ') + " lies after the cross-reference table");
        objects.push_back({id, offset, 0});
    }
    if (objects.empty()) throw std::runtime_error("the PDF written by cairo holds no objects");
    std::sort(objects.begin(), objects.end(), [](Object const &a, Object const &b) { return a.offset < b.offset; });
    for (size_t i = 0; i < objects.size(); ++i) {
        long long end = i + 1 < objects.size() ? objects[i + 1].offset : table;
        objects[i].length = end - objects[i].offset;
        if (objects[i].length <= 0) throw std::runtime_error("two objects share offset " + std::to_string(objects[i].offset));
    }
    head.resize(static_cast<size_t>(objects.front().offset));
    if (fseeko(file, 0, SEEK_SET) != 0 || std::fread(head.data(), 1, head.size(), file) != head.size()) {
        throw std::runtime_error("cannot read the PDF written by cairo");
    }
    position = objects.front().offset;
}

StoredObjects::~StoredObjects() {
    if (file) std::fclose(file);
}

void StoredObjects::read(Object const &object, std::string &into) {
    if (object.offset != position && fseeko(file, static_cast<off_t>(object.offset), SEEK_SET) != 0) {
        throw std::runtime_error("cannot read object " + object.id.unparse(' '));
    }
    into.resize(static_cast<size_t>(object.length));
    if (std::fread(into.data(), 1, into.size(), file) != into.size()) {
        throw std::runtime_error("cannot read object " + object.id.unparse(' '));
    }
    position = object.offset + object.length;
}

std::string StoredObjects::body(std::string const &bytes, Object const &object) {
    auto start = bytes.find("obj");
    auto end = bytes.rfind("endobj");
    if (start == std::string::npos || end == std::string::npos || end < start + 3) {
        throw std::runtime_error("object " + object.id.unparse(' ') + " is not stored as \"obj\" … \"endobj\"");
    }
    return bytes.substr(start + 3, end - start - 3);
}
