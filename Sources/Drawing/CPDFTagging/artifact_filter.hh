#ifndef SDGBRIEF_ARTIFACT_FILTER_HH
#define SDGBRIEF_ARTIFACT_FILTER_HH

#include <qpdf/QPDFObjectHandle.hh>

#include <string>
#include <string_view>

/// Marks what cairo drew outside every structure element as an artifact:
/// in the brief that is page furniture and decoration, which PDF/UA wants
/// either tagged or marked as not part of the content. Each run of
/// operations between tagged sequences becomes one artifact sequence; only
/// the operands of the operation under way are held back, so that a tagged
/// sequence's opening operands stay outside the artifact.
///
/// It is fed token by token, by `ContentScanner` or, for content that
/// scanner leaves to qpdf, by `ArtifactFilter`, and gathers the page's
/// marked content in `out`.
class ArtifactMarks {
  public:
    enum class Kind {
        /// White space or a comment.
        ignorable,
        /// Anything an operator takes: numbers, names, strings, arrays, dictionaries.
        operand,
        /// An operator.
        operation,
        /// An inline image's data (which qpdf's tokenizer gives as one
        /// token): it ends its operation but is not an operator.
        inlineImage,
    };

    void token(Kind kind, std::string_view raw);
    /// Called after the last token.
    void finish();

    /// The marked content so far; `ArtifactFilter` takes it in blocks.
    std::string out;

  private:
    void closeArtifact();

    int depth = 0;
    bool inArtifact = false;
    /// The operands (and the spaces between them) of the operation under way.
    std::string pending;
};

/// `ArtifactMarks` fed by qpdf's content tokenizer, in a qpdf pipeline:
/// for content `ContentScanner` does not read (inline images, or syntax
/// cairo does not write).
///
/// The output is written in blocks rather than token by token: every write
/// reaches zlib, whose per-call overhead on a token of a few bytes cost more
/// than the compression itself.
class ArtifactFilter : public QPDFObjectHandle::TokenFilter {
  public:
    void handleToken(QPDFTokenizer::Token const &token) override;
    void handleEOF() override;

  private:
    static constexpr size_t blockSize = 64 * 1024;

    void flush();

    ArtifactMarks marks;
};

#endif
