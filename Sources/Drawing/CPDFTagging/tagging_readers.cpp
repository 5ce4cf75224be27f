// The pass's reading of page contents in one call, so that the tests can hold
// it against qpdf's.
#include "pdf_tagging.h"

#include "artifact_filter.hh"
#include "content_scanner.hh"

#include <qpdf/Pl_QPDFTokenizer.hh>
#include <qpdf/Pl_String.hh>

#include <cstdlib>
#include <cstring>
#include <exception>
#include <string>

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
