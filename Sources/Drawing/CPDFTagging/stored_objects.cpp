// Cairo's objects as stored, located through qpdf's cross-reference table.
#include "stored_objects.hh"

#include "block_file_input.hh"

#include <qpdf/QPDFXRefEntry.hh>

#include <algorithm>
#include <cstdlib>
#include <cstring>
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

/// Whether the object `id` begins at `offset`: "n g obj" there, with its
/// numbers. Cairo records where an object will go when it allocates its
/// number and corrects it when it writes the object, so an object allocated
/// but never written is listed where something else is, or inside it.
bool beginsAt(BlockFileInput &input, long long offset, QPDFObjGen id) {
    char bytes[48];
    input.seek(offset, SEEK_SET);
    auto count = input.read(bytes, sizeof bytes - 1);
    if (count == 0) return false;
    bytes[count] = '\0';
    char *at = bytes;
    char *end = nullptr;
    long number = std::strtol(at, &end, 10);
    if (end == at || *end != ' ') return false;
    at = end;
    long generation = std::strtol(at, &end, 10);
    if (end == at) return false;
    while (*end == ' ') ++end;
    return number == id.getObj() && generation == id.getGen() && std::strncmp(end, "obj", 3) == 0;
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
    // Where each object begins is checked through blocks: the table lists
    // the objects nearly in the order they are stored.
    BlockFileInput input(path);
    auto trailerSize = pdf.getTrailer().getKey("/Size");
    if (trailerSize.isInteger()) unused = std::max(unused, trailerSize.getIntValueAsInt());
    for (auto const &[id, entry] : pdf.getXRefTable()) {
        unused = std::max(unused, id.getObj() + 1);
        if (entry.getType() == 2) throw std::runtime_error("the PDF keeps objects in object streams, which cairo does not write");
        if (entry.getType() != 1) continue;
        long long offset = entry.getOffset();
        if (offset <= 0 || offset >= table || !beginsAt(input, offset, id)) continue;
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

std::string_view StoredObjects::body(std::string const &bytes, Object const &object) {
    auto start = bytes.find("obj");
    auto end = bytes.rfind("endobj");
    if (start == std::string::npos || end == std::string::npos || end < start + 3) {
        throw std::runtime_error("object " + object.id.unparse(' ') + " is not stored as \"obj\" … \"endobj\"");
    }
    return std::string_view(bytes).substr(start + 3, end - start - 3);
}
