// A page's content read for ArtifactMarks.
#include "content_scanner.hh"

#include "pdf_lexer.hh"

bool ContentScanner::scan(std::string_view content, ArtifactMarks &marks) {
    using Kind = ArtifactMarks::Kind;
    PDFLexer lexer(content);
    PDFLexer::Token token;
    for (;;) {
        switch (lexer.next(token)) {
        case PDFLexer::Step::end:
            marks.finish();
            return true;
        case PDFLexer::Step::unsupported:
            return false;
        case PDFLexer::Step::token:
            break;
        }
        auto kind = Kind::operand;
        if (token.type == PDFLexer::Type::ignorable) {
            kind = Kind::ignorable;
        } else if (token.type == PDFLexer::Type::keyword) {
            // qpdf's tokenizer reads the bytes after ID as an image's.
            if (token.raw == "BI" || token.raw == "ID") return false;
            kind = Kind::operation;
        }
        marks.token(kind, token.raw);
    }
}
