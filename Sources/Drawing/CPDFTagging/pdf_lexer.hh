#ifndef SDGBRIEF_PDF_LEXER_HH
#define SDGBRIEF_PDF_LEXER_HH

#include <cstddef>
#include <string_view>

/// Splits PDF syntax (ISO 32000-1, 7.2 and 7.3: content streams and object
/// bodies alike) into tokens by their delimiters, without making anything
/// of them: each token is a view of the input.
///
/// Written here rather than left to qpdf, which the pass used before, for
/// what qpdf costs on the pass's two largest readings. Its content tokenizer
/// makes two strings per token and a virtual call: it was 37% of the time
/// the helpers spent marking page contents, more than inflating and
/// deflating together. Its object parser builds an object for every item:
/// the 51,196 structure elements of the 1,000-case brief, parsed only to
/// learn each one's role and kids, took the thread that writes the file
/// 0.9 s of the pass's 1.3 s, most of it in the parser and the allocator,
/// with the helpers idle. The lexer reads only the syntax cairo
/// writes; whatever else it meets it reports as `unsupported`, and the
/// caller then leaves that content or object to qpdf.
class PDFLexer {
  public:
    enum class Type {
        /// White space or a comment.
        ignorable,
        /// An integer or a real number.
        number,
        name,
        /// A literal or a hexadecimal string.
        string,
        arrayOpen,
        arrayClose,
        dictionaryOpen,
        dictionaryClose,
        /// `{` or `}`, which only PostScript calculator functions use.
        brace,
        /// `true`, `false` or `null`.
        constant,
        /// Any other run of regular characters: an operator in a content
        /// stream, `R` in an object.
        keyword,
    };

    struct Token {
        Type type;
        std::string_view raw;
    };

    enum class Step {
        token,
        end,
        /// Syntax the lexer leaves to qpdf: an unterminated string, a stray
        /// `)` or `>`, a control character, a token that starts like a
        /// number and is not one as qpdf reads numbers.
        unsupported,
    };

    explicit PDFLexer(std::string_view input) : input(input) {}

    Step next(Token &token);

  private:
    std::string_view input;
    size_t position = 0;
};

#endif
