// The accessibility cairo 1.16 cannot write, added with qpdf's object model
// and content-stream tokenizer rather than by editing bytes: qpdf parses the
// file, rewrites only what changes and writes the rest through.
#include "pdf_tagging.h"
#include "structure_descriptions.hh"
#include "xmp_metadata.hh"

#include <qpdf/Pipeline.hh>
#include <qpdf/Pl_Flate.hh>
#include <qpdf/Pl_QPDFTokenizer.hh>
#include <qpdf/Pl_String.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFObjectHandle.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFPageObjectHelper.hh>
#include <qpdf/QPDFWriter.hh>

#include <algorithm>
#include <condition_variable>
#include <deque>
#include <cstdlib>
#include <cstring>
#include <exception>
#include <fstream>
#include <memory>
#include <mutex>
#include <set>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

namespace {

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
    void handleToken(QPDFTokenizer::Token const &token) override {
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

    void handleEOF() override {
        append(pending);
        pending.clear();
        closeArtifact();
        flush();
    }

  private:
    static constexpr size_t blockSize = 64 * 1024;

    void append(std::string const &bytes) {
        out += bytes;
        if (out.size() >= blockSize) flush();
    }

    void flush() {
        if (out.empty()) return;
        write(out);
        out.clear();
    }

    void closeArtifact() {
        if (!inArtifact) return;
        append("\nEMC\n");
        inArtifact = false;
    }

    int depth = 0;
    bool inArtifact = false;
    /// The operands (and the spaces between them) of the operation under way.
    std::string pending;
    std::string out;
};

/// Each page's content run through `ArtifactFilter` and compressed again, on
/// helper threads while the main thread reads the rest of the document and
/// writes it. The content is most of the work (inflating, tokenizing and
/// deflating every page); done beside the writer, the pass costs about the
/// writer's time instead of the sum. The main thread reads each page's raw
/// stream (a QPDF object is not shared between threads) and the helpers run
/// qpdf's own pipelines over the bytes; each page's result is released once
/// the writer has taken it.
class PageContentWork {
  public:
    PageContentWork(size_t pageCount, unsigned threads) : results(pageCount), ready(pageCount, false) {
        for (unsigned i = 0; i < threads; ++i) helpers.emplace_back([this] { run(); });
    }

    ~PageContentWork() {
        {
            std::lock_guard<std::mutex> lock(mutex);
            cancelled = true;
            queued.clear();
        }
        changed.notify_all();
        for (auto &helper : helpers) helper.join();
    }

    /// Hands page `index`'s raw (Flate-compressed) content to the helpers.
    void add(size_t index, std::shared_ptr<Buffer> raw) {
        {
            std::lock_guard<std::mutex> lock(mutex);
            queued.push_back({index, std::move(raw)});
        }
        changed.notify_all();
    }

    /// No more pages are coming: helpers stop once the queue is empty.
    void close() {
        {
            std::lock_guard<std::mutex> lock(mutex);
            closed = true;
        }
        changed.notify_all();
    }

    /// Writes page `index`'s finished content to `pipeline`, waiting for it if
    /// a helper is still at work on it.
    void provide(size_t index, Pipeline *pipeline) {
        std::string data;
        {
            std::unique_lock<std::mutex> lock(mutex);
            changed.wait(lock, [&] { return ready[index] || !failure.empty(); });
            if (!ready[index]) throw std::runtime_error(failure);
            data.swap(results[index]);
        }
        pipeline->write(reinterpret_cast<unsigned char const *>(data.data()), data.size());
        pipeline->finish();
    }

  private:
    struct Job {
        size_t index;
        std::shared_ptr<Buffer> raw;
    };

    void run() {
        for (;;) {
            Job job;
            {
                std::unique_lock<std::mutex> lock(mutex);
                changed.wait(lock, [&] { return cancelled || closed || !queued.empty(); });
                if (queued.empty()) return;
                job = std::move(queued.front());
                queued.pop_front();
            }
            try {
                std::string data;
                Pl_String collected("page content", nullptr, data);
                Pl_Flate deflated("page content", &collected, Pl_Flate::a_deflate);
                ArtifactFilter filter;
                Pl_QPDFTokenizer tokenized("page content", &filter, &deflated);
                Pl_Flate inflated("page content", &tokenized, Pl_Flate::a_inflate);
                inflated.write(job.raw->getBuffer(), job.raw->getSize());
                inflated.finish();
                job.raw.reset();
                std::lock_guard<std::mutex> lock(mutex);
                results[job.index].swap(data);
                ready[job.index] = true;
            } catch (std::exception const &e) {
                std::lock_guard<std::mutex> lock(mutex);
                if (failure.empty()) failure = "page " + std::to_string(job.index + 1) + "'s content: " + e.what();
            }
            changed.notify_all();
        }
    }

    std::mutex mutex;
    std::condition_variable changed;
    std::deque<Job> queued;
    bool closed = false;
    bool cancelled = false;
    std::vector<std::string> results;
    std::vector<bool> ready;
    std::string failure;
    std::vector<std::thread> helpers;
};

/// A page content stream the helpers can take: one stream, Flate alone, as
/// cairo writes it. Anything else is filtered by the writer itself.
bool isPlainFlate(QPDFObjectHandle content) {
    if (!content.isStream()) return false;
    auto dict = content.getDict();
    auto parameters = dict.getKey("/DecodeParms");
    return dict.getKey("/Filter").isNameAndEquals("/FlateDecode") && parameters.isNull();
}

/// Hands the writer's output to the caller's function in blocks: QPDFWriter
/// writes a PDF a few bytes at a time (a key, a space, a number), and each
/// call crosses into Swift. A failed write is remembered rather than thrown:
/// qpdf finishes its pipelines from destructors, where an exception would
/// end the process; the bytes after it are dropped and the caller is told
/// once the writer returns.
class BlockOutput : public Pipeline {
  public:
    BlockOutput(sdg_pdf_tagging_write_t function, void *context)
        : Pipeline("sdgbrief output", nullptr), function(function), context(context) {
        block.reserve(blockSize);
    }

    void write(unsigned char const *data, size_t length) override {
        if (failed) return;
        block.append(reinterpret_cast<char const *>(data), length);
        if (block.size() >= blockSize) flush();
    }

    void finish() override { flush(); }

    bool failed = false;

  private:
    static constexpr size_t blockSize = 256 * 1024;

    void flush() {
        if (!failed && !block.empty()) {
            failed = function(reinterpret_cast<unsigned char const *>(block.data()), block.size(), context) != 0;
        }
        block.clear();
    }

    sdg_pdf_tagging_write_t function;
    void *context;
    std::string block;
};

struct FigureCursor {
    std::vector<std::string> const &alts;
    size_t next = 0;
    size_t figures = 0;
};

/// Pre-order over the structure tree, which is the order cairo was given
/// the tags in: the order the alternative texts and descriptions were
/// collected in.
void visit(QPDFObjectHandle node, FigureCursor &cursor, StructureDescriptions &descriptions, std::set<QPDFObjGen> &seen) {
    if (node.isArray()) {
        for (auto &item : node.aitems()) visit(item, cursor, descriptions, seen);
        return;
    }
    if (!node.isDictionary()) return;
    if (node.isIndirect() && !seen.insert(node.getObjGen()).second) return;
    auto type = node.getKey("/Type");
    if (type.isNameAndEquals("/MCR") || type.isNameAndEquals("/OBJR")) return;
    auto role = node.getKey("/S");
    if (role.isNameAndEquals("/Figure")) {
        ++cursor.figures;
        if (cursor.next < cursor.alts.size()) {
            node.replaceKey("/Alt", QPDFObjectHandle::newUnicodeString(cursor.alts[cursor.next]));
        }
        ++cursor.next;
    } else {
        descriptions.describe(node, role);
    }
    // A kid that is a number (a marked-content id) ends the walk there.
    auto kids = node.getKey("/K");
    if (kids.isArray() || kids.isDictionary()) visit(kids, cursor, descriptions, seen);
}

/// The whole file, to be parsed from memory: qpdf reads one object at a time,
/// and from a file each read is a seek and a read system call; for the tens
/// of thousands of structure elements of a long brief that was a third of
/// this pass's time on the thread that writes the file.
std::string readWholeFile(const char *path) {
    std::ifstream in(path, std::ios::binary | std::ios::ate);
    if (!in) throw std::runtime_error(std::string("cannot open the PDF written by cairo at ") + path);
    auto size = in.tellg();
    if (size < 0) throw std::runtime_error(std::string("cannot measure the PDF written by cairo at ") + path);
    std::string bytes(static_cast<size_t>(size), '\0');
    in.seekg(0);
    in.read(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    if (!in) throw std::runtime_error(std::string("cannot read the PDF written by cairo at ") + path);
    return bytes;
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
        // Declared first, so that qpdf never outlives the bytes it reads.
        auto bytes = readWholeFile(input_path);
        QPDF pdf;
        pdf.setSuppressWarnings(true);
        pdf.processMemoryFile(input_path, bytes.data(), bytes.size());
        if (pdf.anyWarnings()) {
            *error = copy("the PDF written by cairo is damaged: qpdf had to repair it");
            return 2;
        }
        auto pages = QPDFPageDocumentHelper(pdf).getAllPages();
        // The helpers start at once: their work is the longest part.
        unsigned threads = std::max(1u, std::min(2u, std::thread::hardware_concurrency()));
        PageContentWork contents(pages.size(), threads);
        for (size_t index = 0; index < pages.size(); ++index) {
            auto content = pages[index].getObjectHandle().getKey("/Contents");
            if (isPlainFlate(content)) contents.add(index, content.getRawStreamData());
        }
        contents.close();

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
        StructureDescriptions descriptions{
            std::vector<std::string>(link_descriptions, link_descriptions + link_count),
            std::vector<std::string>(header_scopes, header_scopes + header_count)};
        std::set<QPDFObjGen> seen;
        visit(tree.getKey("/K"), cursor, descriptions, seen);
        if (cursor.figures != alt_count) {
            *error = copy("the structure tree holds " + std::to_string(cursor.figures) + " figures but " +
                          std::to_string(alt_count) + " alternative texts were given");
            return 4;
        }
        if (auto mismatch = descriptions.mismatch(); !mismatch.empty()) {
            *error = copy(mismatch);
            return 5;
        }
        addXMPMetadata(pdf, language);

        auto flate = QPDFObjectHandle::newName("/FlateDecode");
        auto none = QPDFObjectHandle::newNull();
        for (size_t index = 0; index < pages.size(); ++index) {
            auto &page = pages[index];
            auto object = page.getObjectHandle();
            if (object.hasKey("/Annots")) object.replaceKey("/Tabs", QPDFObjectHandle::newName("/S"));
            auto content = object.getKey("/Contents");
            if (isPlainFlate(content)) {
                // Already compressed by the helper: written through as it is.
                content.replaceStreamData(
                    [&contents, index](Pipeline *pipeline) { contents.provide(index, pipeline); }, flate, none);
            } else {
                // Content in several streams or otherwise encoded (cairo
                // writes one Flate stream): filtered as the writer goes.
                page.addContentTokenFilter(std::make_shared<ArtifactFilter>());
            }
        }

        BlockOutput output(write, context);
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
        output.finish();
        if (output.failed) {
            *error = copy("the completed PDF could not be written");
            return 5;
        }
        return 0;
    } catch (std::exception const &e) {
        *error = copy(e.what());
        return 1;
    }
}

extern "C" void sdg_pdf_tagging_free(char *message) { std::free(message); }
