#ifndef SDGBRIEF_ARTIFACT_FILTER_HH
#define SDGBRIEF_ARTIFACT_FILTER_HH

#include <qpdf/QPDFObjectHandle.hh>

#include <string>

/// Marks what cairo drew outside every structure element as an artifact:
/// in the brief that is page furniture and decoration, which PDF/UA wants
/// either tagged or marked as not part of the content. Each run of
/// operations between tagged sequences becomes one artifact sequence; only
/// the operands of the operation under way are held back, so that a tagged
/// sequence's opening operands stay outside the artifact.
///
/// The output is gathered in blocks rather than written token by token:
/// every write reaches zlib, whose per-call overhead on a token of a few
/// bytes cost more than the compression itself.
class ArtifactFilter : public QPDFObjectHandle::TokenFilter {
  public:
    void handleToken(QPDFTokenizer::Token const &token) override;
    void handleEOF() override;

  private:
    static constexpr size_t blockSize = 64 * 1024;

    void append(std::string const &bytes);
    void flush();
    void closeArtifact();

    int depth = 0;
    bool inArtifact = false;
    /// The operands (and the spaces between them) of the operation under way.
    std::string pending;
    std::string out;
};

#endif
