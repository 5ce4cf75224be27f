// Page furniture marked as artifacts, token by token with qpdf's content
// tokenizer.
#include "artifact_filter.hh"

void ArtifactFilter::handleToken(QPDFTokenizer::Token const &token) {
    auto type = token.getType();
    if (depth > 0) {
        append(token.getRawValue());
        if (type == QPDFTokenizer::tt_word) {
            auto const &op = token.getValue();
            if (op == "BDC" || op == "BMC") ++depth;
            else if (op == "EMC") --depth;
        }
        return;
    }
    if (type == QPDFTokenizer::tt_space || type == QPDFTokenizer::tt_comment) {
        if (pending.empty()) append(token.getRawValue());
        else pending += token.getRawValue();
        return;
    }
    pending += token.getRawValue();
    if (type != QPDFTokenizer::tt_word && type != QPDFTokenizer::tt_inline_image) return;
    auto const &op = token.getValue();
    bool opensSequence = type == QPDFTokenizer::tt_word && (op == "BDC" || op == "BMC");
    if (opensSequence) {
        closeArtifact();
        depth = 1;
    } else if (!inArtifact) {
        // qpdf writes tokens, not operators: the two marked-content
        // operators around an artifact are the only syntax written here.
        append("/Artifact BMC\n");
        inArtifact = true;
    }
    append(pending);
    pending.clear();
}

void ArtifactFilter::handleEOF() {
    append(pending);
    pending.clear();
    closeArtifact();
    flush();
}

void ArtifactFilter::append(std::string const &bytes) {
    out += bytes;
    if (out.size() >= blockSize) flush();
}

void ArtifactFilter::flush() {
    if (out.empty()) return;
    write(out);
    out.clear();
}

void ArtifactFilter::closeArtifact() {
    if (!inArtifact) return;
    append("\nEMC\n");
    inArtifact = false;
}
