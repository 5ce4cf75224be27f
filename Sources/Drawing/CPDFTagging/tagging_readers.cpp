// The pass's readings of cairo's bytes, one call each, so that the tests can
// hold them against qpdf's.
#include "pdf_tagging.h"

#include "artifact_filter.hh"
#include "block_file_input.hh"
#include "content_scanner.hh"
#include "structure_element_reader.hh"
#include "structure_order.hh"

#include <qpdf/FileInputSource.hh>
#include <qpdf/Pl_QPDFTokenizer.hh>
#include <qpdf/Pl_String.hh>
#include <qpdf/QPDF.hh>

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <exception>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

namespace {

char *copyBytes(std::string const &bytes) {
    char *out = static_cast<char *>(std::malloc(bytes.size() + 1));
    if (out) {
        std::memcpy(out, bytes.data(), bytes.size());
        out[bytes.size()] = '\0';
    }
    return out;
}

std::string markWithQPDF(std::string const &content) {
    std::string marked;
    Pl_String collected("content", nullptr, marked);
    ArtifactFilter filter;
    Pl_QPDFTokenizer tokenized("content", &filter, &collected);
    tokenized.write(reinterpret_cast<unsigned char const *>(content.data()), content.size());
    tokenized.finish();
    return marked;
}

/// The element kids as `StructureOrder` takes them from a parsed element.
bool readWithQPDF(std::string const &body, std::string &role, std::vector<QPDFObjGen> &kids) {
    QPDF context;
    context.emptyPDF();
    context.setSuppressWarnings(true);
    auto element = QPDFObjectHandle::parse(&context, body, "structure element");
    if (!element.isDictionary()) return false;
    auto name = element.getKey("/S");
    if (!name.isName()) return false;
    role = name.getName();
    auto value = element.getKey("/K");
    if (value.isIndirect()) {
        kids.push_back(value.getObjGen());
    } else if (value.isArray()) {
        for (auto &kid : value.getArrayAsVector()) {
            if (kid.isIndirect()) kids.push_back(kid.getObjGen());
        }
    }
    return true;
}

} // namespace

extern "C" int sdg_pdf_mark_artifacts(
    const char *content, size_t length, sdg_pdf_reading_t reading,
    char **marked, size_t *marked_length, int *read_by_lexer, char **error) {
    *marked = nullptr;
    *marked_length = 0;
    *read_by_lexer = 0;
    *error = nullptr;
    try {
        std::string input(content, length);
        std::string output;
        ArtifactMarks marks;
        if (reading == SDG_PDF_READ_AS_THE_PASS && ContentScanner::scan(input, marks)) {
            output.swap(marks.out);
            *read_by_lexer = 1;
        } else {
            output = markWithQPDF(input);
        }
        *marked = copyBytes(output);
        if (!*marked) throw std::bad_alloc();
        *marked_length = output.size();
        return 0;
    } catch (std::exception const &e) {
        *error = copyBytes(e.what());
        return 1;
    }
}

extern "C" int sdg_pdf_read_structure_element(
    const char *body, size_t length, sdg_pdf_reading_t reading,
    char *role, size_t role_capacity, int *kids, size_t kid_capacity, size_t *kid_count) {
    *kid_count = 0;
    std::string name;
    std::vector<QPDFObjGen> found;
    if (reading == SDG_PDF_READ_AS_THE_PASS) {
        StructureElementReader::Element element;
        if (!StructureElementReader::read(std::string_view(body, length), element)) return 0;
        name = element.role;
        found = element.kids;
    } else {
        try {
            if (!readWithQPDF(std::string(body, length), name, found)) return 0;
        } catch (std::exception const &) {
            return 0;
        }
    }
    if (name.size() + 1 > role_capacity || found.size() > kid_capacity) return -1;
    std::memcpy(role, name.c_str(), name.size() + 1);
    for (size_t i = 0; i < found.size(); ++i) {
        kids[2 * i] = found[i].getObj();
        kids[2 * i + 1] = found[i].getGen();
    }
    *kid_count = found.size();
    return 1;
}

extern "C" int sdg_pdf_trace_input(const char *path, sdg_pdf_reading_t reading, const char *script, char **trace) {
    *trace = nullptr;
    try {
        std::shared_ptr<InputSource> input;
        if (reading == SDG_PDF_READ_AS_THE_PASS) {
            input = std::make_shared<BlockFileInput>(path);
        } else {
            auto file = std::make_shared<FileInputSource>();
            file->setFilename(path);
            input = file;
        }
        std::istringstream steps(script);
        std::ostringstream out;
        std::string step;
        char lastRead = 0;
        bool unreadable = false;
        while (steps >> step) {
            long long n = step.size() > 1 ? std::stoll(step.substr(1)) : 0;
            out << step << ':';
            switch (step[0]) {
            case 's': input->seek(n, SEEK_SET); break;
            case 'c':
                // Never before the start, where the two fail in words of their own.
                input->seek(std::max(n, -static_cast<long long>(input->tell())), SEEK_CUR);
                break;
            case 'e': input->seek(n, SEEK_END); break;
            case 'w': input->rewind(); break;
            case 'u':
                // qpdf unreads only the byte it has just read.
                if (unreadable) input->unreadCh(lastRead);
                unreadable = false;
                break;
            case 'l': out << " eol " << input->findAndSkipNextEOL(); break;
            case 'r': {
                std::string bytes(static_cast<size_t>(n), '\0');
                bytes.resize(input->read(bytes.data(), bytes.size()));
                out << " read " << bytes.size() << " [";
                for (char c : bytes) {
                    if (c == '\n') out << "\\n";
                    else if (c == '\r') out << "\\r";
                    else out << c;
                }
                out << "]";
                unreadable = !bytes.empty();
                if (unreadable) lastRead = bytes.back();
                break;
            }
            default: throw std::invalid_argument("unknown step " + step);
            }
            if (step[0] != 'r') unreadable = false;
            out << " at " << input->tell() << " last " << input->getLastOffset() << '\n';
        }
        *trace = copyBytes(out.str());
        return 0;
    } catch (std::exception const &e) {
        *trace = copyBytes(e.what());
        return 1;
    }
}
