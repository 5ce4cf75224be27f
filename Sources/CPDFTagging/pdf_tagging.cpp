// The accessibility cairo 1.16 cannot write, added with qpdf's object model
// and content-stream tokenizer rather than by editing bytes: qpdf parses the
// file, rewrites only what changes and writes the rest through.
#include "pdf_tagging.h"
#include "structure_descriptions.hh"
#include "xmp_metadata.hh"

#include <qpdf/Pl_Function.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFObjectHandle.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFWriter.hh>

#include <cstdlib>
#include <cstring>
#include <exception>
#include <memory>
#include <set>
#include <string>
#include <vector>

namespace {

/// Marks what cairo drew outside every structure element as an artifact:
/// in the brief that is page furniture and decoration, which PDF/UA wants
/// either tagged or marked as not part of the content. Each run of
/// operations between tagged sequences becomes one artifact sequence; only
/// the operands of the operation under way are held, so that a tagged
/// sequence's opening operands stay outside the artifact.
class ArtifactFilter : public QPDFObjectHandle::TokenFilter {
  public:
    void handleToken(QPDFTokenizer::Token const &token) override {
        auto type = token.getType();
        if (depth > 0) {
            writeToken(token);
            if (type == QPDFTokenizer::tt_word) {
                auto const &op = token.getValue();
                if (op == "BDC" || op == "BMC") ++depth;
                else if (op == "EMC") --depth;
            }
            return;
        }
        if (type == QPDFTokenizer::tt_space || type == QPDFTokenizer::tt_comment) {
            if (operands.empty()) writeToken(token);
            else operands.push_back(token);
            return;
        }
        operands.push_back(token);
        if (type != QPDFTokenizer::tt_word && type != QPDFTokenizer::tt_inline_image) return;
        auto const &op = token.getValue();
        bool opensSequence = type == QPDFTokenizer::tt_word && (op == "BDC" || op == "BMC");
        if (opensSequence) {
            closeArtifact();
            depth = 1;
        } else if (!inArtifact) {
            // qpdf writes tokens, not operators: the two marked-content
            // operators around an artifact are the only syntax written here.
            write("/Artifact BMC\n");
            inArtifact = true;
        }
        for (auto const &t : operands) writeToken(t);
        operands.clear();
    }

    void handleEOF() override {
        for (auto const &t : operands) writeToken(t);
        operands.clear();
        closeArtifact();
    }

  private:
    void closeArtifact() {
        if (!inArtifact) return;
        write("\nEMC\n");
        inArtifact = false;
    }

    int depth = 0;
    bool inArtifact = false;
    std::vector<QPDFTokenizer::Token> operands;
};

struct FigureCursor {
    std::vector<std::string> const &alts;
    size_t next = 0;
    size_t figures = 0;
};

/// Pre-order over the structure tree, which is the order cairo was given
/// the tags in: the order the alternative texts were collected in.
void visit(QPDFObjectHandle node, FigureCursor &cursor, std::set<QPDFObjGen> &seen) {
    if (node.isArray()) {
        for (auto &item : node.aitems()) visit(item, cursor, seen);
        return;
    }
    if (!node.isDictionary()) return;
    if (node.isIndirect() && !seen.insert(node.getObjGen()).second) return;
    if (node.hasKey("/Type") && node.getKey("/Type").isNameAndEquals("/MCR")) return;
    if (node.hasKey("/Type") && node.getKey("/Type").isNameAndEquals("/OBJR")) return;
    auto role = node.getKey("/S");
    if (role.isNameAndEquals("/Figure")) {
        ++cursor.figures;
        if (cursor.next < cursor.alts.size()) {
            node.replaceKey("/Alt", QPDFObjectHandle::newUnicodeString(cursor.alts[cursor.next]));
        }
        ++cursor.next;
    }
    if (node.hasKey("/K")) visit(node.getKey("/K"), cursor, seen);
}

char *copy(std::string const &text) {
    char *out = static_cast<char *>(std::malloc(text.size() + 1));
    if (out) std::memcpy(out, text.c_str(), text.size() + 1);
    return out;
}

} // namespace

extern "C" int sdg_pdf_tagging_finish(
    const char *input_path, const char *language, const char *title,
    const char *const *alternative_texts, size_t alt_count,
    const char *const *link_descriptions, size_t link_count,
    const char *const *header_scopes, size_t header_count,
    sdg_pdf_tagging_write_t write, void *context, char **error) {
    *error = nullptr;
    try {
        QPDF pdf;
        pdf.setSuppressWarnings(true);
        pdf.processFile(input_path);
        if (pdf.anyWarnings()) {
            *error = copy("the PDF written by cairo is damaged: qpdf had to repair it");
            return 2;
        }
        auto root = pdf.getRoot();
        root.replaceKey("/Lang", QPDFObjectHandle::newUnicodeString(language));
        auto markInfo = QPDFObjectHandle::newDictionary();
        markInfo.replaceKey("/Marked", QPDFObjectHandle::newBool(true));
        root.replaceKey("/MarkInfo", markInfo);
        auto preferences = QPDFObjectHandle::newDictionary();
        preferences.replaceKey("/DisplayDocTitle", QPDFObjectHandle::newBool(true));
        root.replaceKey("/ViewerPreferences", preferences);
        if (title && *title) {
            pdf.getTrailer().getKey("/Info").replaceKey("/Title", QPDFObjectHandle::newUnicodeString(title));
        }

        auto tree = root.getKey("/StructTreeRoot");
        if (!tree.isDictionary()) {
            *error = copy("the PDF has no structure tree to complete");
            return 3;
        }
        std::vector<std::string> alts(alternative_texts, alternative_texts + alt_count);
        FigureCursor cursor{alts};
        std::set<QPDFObjGen> seen;
        visit(tree.getKey("/K"), cursor, seen);
        if (cursor.figures != alt_count) {
            *error = copy("the structure tree holds " + std::to_string(cursor.figures) + " figures but " +
                          std::to_string(alt_count) + " alternative texts were given");
            return 4;
        }
        StructureDescriptions descriptions{
            std::vector<std::string>(link_descriptions, link_descriptions + link_count),
            std::vector<std::string>(header_scopes, header_scopes + header_count)};
        if (auto mismatch = descriptions.apply(tree); !mismatch.empty()) {
            *error = copy(mismatch);
            return 5;
        }
        addXMPMetadata(pdf, language);

        for (auto &page : QPDFPageDocumentHelper(pdf).getAllPages()) {
            auto object = page.getObjectHandle();
            if (object.hasKey("/Annots")) object.replaceKey("/Tabs", QPDFObjectHandle::newName("/S"));
            page.addContentTokenFilter(std::make_shared<ArtifactFilter>());
        }

        Pl_Function output("sdgbrief output", nullptr, write, context);
        QPDFWriter writer(pdf);
        writer.setOutputPipeline(&output);
        // Same input, same bytes: the file identifier from the content, not the clock.
        writer.setDeterministicID(true);
        // Streams qpdf does not filter (fonts above all) are copied as they
        // are instead of decompressed and compressed again.
        writer.setDecodeLevel(qpdf_dl_none);
        // Cairo writes no object streams; keeping it so leaves the document
        // information (and its dates) readable as it was.
        writer.setObjectStreamMode(qpdf_o_disable);
        writer.write();
        return 0;
    } catch (std::exception const &e) {
        *error = copy(e.what());
        return 1;
    }
}

extern "C" void sdg_pdf_tagging_free(char *message) { std::free(message); }
