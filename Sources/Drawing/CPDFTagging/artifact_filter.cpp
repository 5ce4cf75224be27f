// Page furniture marked as artifacts, token by token.
#include "artifact_filter.hh"

namespace {

bool opensSequence(std::string_view op) { return op == "BDC" || op == "BMC"; }

} // namespace

void ArtifactMarks::token(Kind kind, std::string_view raw) {
    if (depth > 0) {
        out += raw;
        if (kind == Kind::operation) {
            if (opensSequence(raw)) ++depth;
            else if (raw == "EMC") --depth;
        }
        return;
    }
    if (kind == Kind::ignorable) {
        if (pending.empty()) out += raw;
        else pending += raw;
        return;
    }
    pending += raw;
    if (kind == Kind::operand) return;
    if (kind == Kind::operation && opensSequence(raw)) {
        closeArtifact();
        depth = 1;
    } else if (!inArtifact) {
        // Tokens are copied, not operators written: the two marked-content
        // operators around an artifact are the only syntax written here.
        out += "/Artifact BMC\n";
        inArtifact = true;
    }
    out += pending;
    pending.clear();
}

void ArtifactMarks::finish() {
    out += pending;
    pending.clear();
    closeArtifact();
}

void ArtifactMarks::closeArtifact() {
    if (!inArtifact) return;
    out += "\nEMC\n";
    inArtifact = false;
}

void ArtifactFilter::handleToken(QPDFTokenizer::Token const &token) {
    auto type = token.getType();
    auto kind = ArtifactMarks::Kind::operand;
    if (type == QPDFTokenizer::tt_space || type == QPDFTokenizer::tt_comment) kind = ArtifactMarks::Kind::ignorable;
    else if (type == QPDFTokenizer::tt_word) kind = ArtifactMarks::Kind::operation;
    else if (type == QPDFTokenizer::tt_inline_image) kind = ArtifactMarks::Kind::inlineImage;
    marks.token(kind, token.getRawValue());
    if (marks.out.size() >= blockSize) flush();
}

void ArtifactFilter::handleEOF() {
    marks.finish();
    flush();
}

void ArtifactFilter::flush() {
    if (marks.out.empty()) return;
    write(marks.out);
    marks.out.clear();
}
