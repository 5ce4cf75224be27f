#ifndef SDGBRIEF_CONTENT_SCANNER_HH
#define SDGBRIEF_CONTENT_SCANNER_HH

#include "artifact_filter.hh"

#include <string_view>

/// Feeds `ArtifactMarks` a decoded content stream's tokens as `PDFLexer`
/// finds them, instead of qpdf's content tokenizer (see `PDFLexer` for why).
class ContentScanner {
  public:
    /// Feeds `marks` every token of `content`, and returns true; or returns
    /// false as soon as it meets an inline image (`BI`, `ID`) or syntax the
    /// lexer leaves to qpdf, whose tokenizer is then to read the content
    /// from the start. `marks` is then to be thrown away.
    static bool scan(std::string_view content, ArtifactMarks &marks);
};

#endif
