// The completed PDF's bytes, offsets, cross-reference table and trailer.
#include "completed_file.hh"

#include <qpdf/QPDFCryptoProvider.hh>

#include <cstdio>

CompletedFile::CompletedFile(sdg_pdf_tagging_write_t function, void *context)
    : function(function), context(context), digest(QPDFCryptoProvider::getImpl()) {
    block.reserve(blockSize);
    digest->MD5_init();
}

void CompletedFile::copy(std::string const &bytes) { write(bytes); }

void CompletedFile::begin(QPDFObjGen object) {
    auto number = static_cast<size_t>(object.getObj());
    if (number >= offsets.size()) {
        offsets.resize(number + 1, -1);
        generations.resize(number + 1, 0);
    }
    offsets[number] = position;
    generations[number] = object.getGen();
}

void CompletedFile::object(QPDFObjGen object, QPDFObjectHandle value) {
    begin(object);
    // An object read from the file is written as what it holds, not as a reference to itself.
    auto text = value.isIndirect() ? value.unparseResolved() : value.unparse();
    write(object.unparse(' ') + " obj\n" + text + "\nendobj\n");
}

void CompletedFile::stream(QPDFObjGen object, QPDFObjectHandle dictionary, std::string const &data) {
    begin(object);
    dictionary.replaceKey("/Length", QPDFObjectHandle::newInteger(static_cast<long long>(data.size())));
    write(object.unparse(' ') + " obj\n" + dictionary.unparse() + "\nstream\n");
    write(data);
    write("\nendstream\nendobj\n");
}

void CompletedFile::finish(int size, QPDFObjectHandle root, QPDFObjectHandle info) {
    auto table = position;
    std::string xref = "xref\n0 " + std::to_string(size) + "\n0000000000 65535 f \n";
    char entry[32];
    for (int number = 1; number < size; ++number) {
        auto at = static_cast<size_t>(number);
        if (at < offsets.size() && offsets[at] >= 0) {
            std::snprintf(entry, sizeof entry, "%010lld %05d n \n", offsets[at], generations[at]);
        } else {
            std::snprintf(entry, sizeof entry, "0000000000 00000 f \n");
        }
        xref += entry;
    }
    write(xref);
    digest->MD5_finalize();
    hashing = false;
    QPDFCryptoImpl::MD5_Digest bytes;
    digest->MD5_digest(bytes);
    auto identifier = QPDFObjectHandle::newString(std::string(reinterpret_cast<char const *>(bytes), sizeof bytes));
    auto trailer = QPDFObjectHandle::newDictionary();
    trailer.replaceKey("/Size", QPDFObjectHandle::newInteger(size));
    trailer.replaceKey("/Root", root);
    if (info.isIndirect()) trailer.replaceKey("/Info", info);
    auto identifiers = QPDFObjectHandle::newArray();
    identifiers.appendItem(identifier);
    identifiers.appendItem(identifier);
    trailer.replaceKey("/ID", identifiers);
    write("trailer\n" + trailer.unparse() + "\nstartxref\n" + std::to_string(table) + "\n%%EOF\n");
    flush();
}

void CompletedFile::write(char const *bytes, size_t length) {
    if (hashing) digest->MD5_update(reinterpret_cast<unsigned char const *>(bytes), length);
    position += static_cast<long long>(length);
    if (refused) return;
    block.append(bytes, length);
    if (block.size() >= blockSize) flush();
}

void CompletedFile::flush() {
    if (!refused && !block.empty()) {
        refused = function(reinterpret_cast<unsigned char const *>(block.data()), block.size(), context) != 0;
    }
    block.clear();
}
