// The accessibility cairo 1.16 cannot write, added with qpdf's object model
// rather than by editing bytes. The file passes through once, front to back:
// qpdf parses each object that changes and writes it again, every other
// object is copied as cairo stored it, and page contents are marked on helper
// threads meanwhile. Page contents and the structure elements that do not
// change are read with the pass's own lexer (`PDFLexer`), which leaves to
// qpdf whatever it does not read. Nothing holds the whole document: what
// stays is an offset per object, and qpdf's cross-reference table; pages and
// content streams are let go of once read.
#include "pdf_tagging.h"
#include "block_file_input.hh"
#include "completed_file.hh"
#include "page_content_work.hh"
#include "stored_objects.hh"
#include "structure_descriptions.hh"
#include "structure_element_reader.hh"
#include "structure_order.hh"
#include "xmp_metadata.hh"

#include <qpdf/BufferInputSource.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFTokenizer.hh>
#include <qpdf/QPDFObjectHandle.hh>

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <malloc.h>
#include <exception>
#include <map>
#include <memory>
#include <set>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

namespace {

/// A content stream the helpers can inflate themselves: Flate alone, as
/// cairo writes it.
bool isPlainFlate(QPDFObjectHandle stream) {
    auto dictionary = stream.getDict();
    return dictionary.getKey("/Filter").isNameAndEquals("/FlateDecode") && dictionary.getKey("/DecodeParms").isNull();
}

/// Calls `visit` with each page of the tree under `node`, in order, and
/// then lets qpdf forget it. qpdf keeps every object it has read for as
/// long as the QPDF lives, and replacing one with null is how it lets one
/// go. Its own list of pages (`QPDFPageDocumentHelper::getAllPages`) reads
/// every page, and keeps them in maps of its own, before it returns one:
/// the 1,000-case PDF peaked 5.5 MiB higher with it. Pages the pass changes
/// it parses again from their stored bytes.
template <typename Visit>
void forEachPage(QPDF &pdf, QPDFObjectHandle node, Visit &&visit, std::set<QPDFObjGen> &seen, int depth = 0) {
    if (depth > 64) throw std::runtime_error("the page tree is deeper than 64 levels");
    if (node.isIndirect() && !seen.insert(node.getObjGen()).second) {
        throw std::runtime_error("the page tree names object " + node.getObjGen().unparse(' ') + " twice");
    }
    auto type = node.getKey("/Type");
    if (type.isNameAndEquals("/Pages")) {
        auto kids = node.getKey("/Kids");
        if (!kids.isArray()) throw std::runtime_error("a node of the page tree has no /Kids");
        for (auto &kid : kids.getArrayAsVector()) forEachPage(pdf, kid, visit, seen, depth + 1);
    } else if (type.isNameAndEquals("/Page")) {
        visit(node);
    } else {
        throw std::runtime_error("the page tree holds an object that is neither a page nor a node of pages");
    }
    if (node.isIndirect()) pdf.replaceObject(node.getObjGen(), QPDFObjectHandle::newNull());
}

/// What the pass changes or leaves out, found before the first byte is
/// written: pages, their content streams and annotations, from the page
/// tree. The pages are read ahead and let go of once planned; the content
/// streams' dictionaries and lengths are read here too, their data only by
/// the content feed.
struct DocumentPlan {
    size_t pageCount = 0;
    /// Each page's content stream, as cairo writes it: one stream object,
    /// until the content feed has read it.
    std::vector<QPDFObjectHandle> contents;
    std::map<QPDFObjGen, size_t> pageByObject;
    std::map<QPDFObjGen, size_t> pageByContent;
    /// Pages with annotations, which get a tab order.
    std::set<size_t> withAnnotations;
    /// The lengths of the content streams, which nothing refers to once
    /// their streams are written with their new lengths in them.
    std::set<QPDFObjGen> dropped;
    std::set<QPDFObjGen> annotations;

    explicit DocumentPlan(QPDF &pdf) {
        std::set<QPDFObjGen> seen;
        forEachPage(pdf, pdf.getRoot().getKey("/Pages"), [&](QPDFObjectHandle page) { add(page); }, seen);
    }

  private:
    void add(QPDFObjectHandle page) {
        auto index = pageCount++;
        if (!page.isIndirect()) {
            throw std::runtime_error("page " + std::to_string(index + 1) + " is not an object of its own");
        }
        pageByObject[page.getObjGen()] = index;
        auto annots = page.getKey("/Annots");
        if (annots.isArray()) {
            withAnnotations.insert(index);
            for (auto &annotation : annots.aitems()) {
                if (annotation.isIndirect()) annotations.insert(annotation.getObjGen());
            }
        }
        auto content = page.getKey("/Contents");
        if (!content.isIndirect() || !content.isStream()) {
            throw std::runtime_error("page " + std::to_string(index + 1) +
                                     "'s content is not one stream object, as cairo writes it");
        }
        if (!pageByContent.emplace(content.getObjGen(), index).second) {
            throw std::runtime_error("page " + std::to_string(index + 1) + " shares its content with another page");
        }
        auto length = content.getDict().getKey("/Length");
        if (length.isIndirect()) dropped.insert(length.getObjGen());
        contents.push_back(content);
    }
};

/// Objects parsed from their stored bytes, in a QPDF of their own that has
/// opened no file and is renewed now and then. Through the file's QPDF,
/// every object read would be kept for as long as it lives, and asking it
/// for a new object number makes it read all of them first (about as much
/// memory as the old whole-document pass needed).
///
/// qpdf treats a dictionary entry whose value is null as absent, and to know
/// whether it is null it resolves the reference the entry holds; in a QPDF
/// that has read no file, that finds no object, and the entry would vanish.
/// So every object a parsed object refers to is given a stand-in value
/// before it is written (never written itself: a reference is written as its
/// number), and before anything resolves its references. They are found
/// with qpdf's tokenizer in the stored bytes, because qpdf's ways of listing
/// a parsed dictionary already resolve them.
class ObjectParser {
  public:
    /// The object stored as `bytes`, ready to be written.
    QPDFObjectHandle parse(std::string const &bytes, StoredObjects::Object const &object) {
        auto value = parseToRead(bytes, object);
        prepareToWrite(bytes, object);
        return value;
    }

    /// The object stored as `bytes`, to be read without resolving any
    /// reference in it: a structure element that `StructureElementReader`
    /// leaves to qpdf may turn out to need no change, and finding its
    /// references costs as much again.
    QPDFObjectHandle parseToRead(std::string const &bytes, StoredObjects::Object const &object) {
        if (!context) renew();
        ++parsed;
        return QPDFObjectHandle::parse(context.get(), std::string(StoredObjects::body(bytes, object)), "object " + object.id.unparse(' '));
    }

    /// Readies an object from `parseToRead`, stored as `bytes`, to be
    /// written: before anything has resolved its references.
    void prepareToWrite(std::string const &bytes, StoredObjects::Object const &object) {
        standIn(std::string(StoredObjects::body(bytes, object)), "object " + object.id.unparse(' '));
    }

    /// A reference to object `id`, to put in an object parsed since the
    /// last `settle`.
    QPDFObjectHandle reference(QPDFObjGen id) {
        if (!context) renew();
        context->replaceObject(id, QPDFObjectHandle::newInteger(0));
        return context->getObject(id);
    }

    /// Called between objects, when no handle from here is left: each parse
    /// leaves an entry for every object its references name, so after a
    /// while the QPDF is replaced by a new one.
    void settle() {
        if (parsed >= renewal) renew();
    }

  private:
    void renew() {
        context = std::make_unique<QPDF>();
        context->setSuppressWarnings(true);
        parsed = 0;
    }

    /// Gives every object `body` refers to ("n g R") a stand-in value.
    void standIn(std::string const &body, std::string const &description) {
        auto input = std::make_shared<BufferInputSource>(description, body);
        QPDFTokenizer tokenizer;
        tokenizer.allowEOF();
        long long previous[2] = {-1, -1};
        for (;;) {
            auto token = tokenizer.readToken(input, description, true);
            auto type = token.getType();
            if (type == QPDFTokenizer::tt_eof || type == QPDFTokenizer::tt_bad) return;
            if (type == QPDFTokenizer::tt_word && token.getValue() == "R" && previous[0] > 0 && previous[1] >= 0) {
                QPDFObjGen id(static_cast<int>(previous[0]), static_cast<int>(previous[1]));
                context->replaceObject(id, QPDFObjectHandle::newInteger(0));
            }
            previous[0] = previous[1];
            previous[1] = type == QPDFTokenizer::tt_integer ? std::atoll(token.getValue().c_str()) : -1;
            if (type != QPDFTokenizer::tt_integer) previous[0] = -1;
        }
    }

    static constexpr size_t renewal = 512;
    std::unique_ptr<QPDF> context;
    size_t parsed = 0;
};

/// The annotations of links: each takes its link's description as
/// /Contents. Cairo stores a page's annotations before the structure tree,
/// so an annotation is held (as its stored bytes) until its link has passed,
/// or a description until its annotation does.
class LinkAnnotations {
  public:
    LinkAnnotations(CompletedFile &out, ObjectParser &parser) : out(out), parser(parser) {}

    /// The annotations among `link`'s kids get `description`.
    void describe(QPDFObjectHandle link, std::string const &description) {
        auto kids = link.getKey("/K");
        std::vector<QPDFObjectHandle> items;
        if (kids.isArray()) items = kids.getArrayAsVector();
        else items.push_back(kids);
        for (auto &kid : items) {
            if (kid.isIndirect() || !kid.isDictionary() || !kid.getKey("/Type").isNameAndEquals("/OBJR")) continue;
            auto annotation = kid.getKey("/Obj");
            if (!annotation.isIndirect()) continue;
            auto id = annotation.getObjGen();
            auto held = stored.find(id);
            if (held == stored.end()) {
                descriptions[id] = description;
            } else {
                write(held->second, description);
                stored.erase(held);
            }
        }
    }

    /// Annotation `object` has been read as `bytes`.
    void arrived(StoredObjects::Object const &object, std::string bytes) {
        auto description = descriptions.find(object.id);
        if (description == descriptions.end()) {
            stored.emplace(object.id, Held{object, std::move(bytes)});
        } else {
            write(Held{object, std::move(bytes)}, description->second);
            descriptions.erase(description);
        }
    }

    /// How many descriptions still wait for their annotation.
    size_t waiting() const { return descriptions.size(); }

    /// Writes the annotations no link described, as they were.
    void finish() {
        for (auto const &[id, held] : stored) {
            out.begin(id);
            out.copy(held.bytes);
        }
        stored.clear();
    }

  private:
    struct Held {
        StoredObjects::Object object;
        std::string bytes;
    };

    void write(Held const &held, std::string const &description) {
        auto annotation = parser.parse(held.bytes, held.object);
        annotation.replaceKey("/Contents", QPDFObjectHandle::newUnicodeString(description));
        out.object(held.object.id, annotation);
    }

    CompletedFile &out;
    ObjectParser &parser;
    std::map<QPDFObjGen, Held> stored;
    std::map<QPDFObjGen, std::string> descriptions;
};

/// The page contents, handed to the helpers a few pages ahead of the one
/// being written, in the order the file stores them.
class ContentFeed {
  public:
    /// A page's content as it is written: its filtered bytes and the
    /// dictionary they are written with.
    struct Content {
        QPDFObjectHandle dictionary;
        std::string data;
    };

    ContentFeed(QPDF &pdf, DocumentPlan &plan, StoredObjects const &stored, PageContentWork &work)
        : pdf(pdf), plan(plan), work(work) {
        for (auto const &object : stored.all()) {
            auto page = plan.pageByContent.find(object.id);
            if (page != plan.pageByContent.end()) order.push_back(page->second);
        }
        handOverThrough(ahead);
    }

    /// Page `page`'s finished content, the next in the file's order.
    Content take(size_t page) {
        ++taken;
        handOverThrough(taken + ahead);
        auto dictionary = dictionaries.find(page);
        if (dictionary == dictionaries.end()) {
            throw std::logic_error("page " + std::to_string(page + 1) + "'s content was taken before it was read");
        }
        Content content{dictionary->second, work.take(page)};
        dictionaries.erase(dictionary);
        return content;
    }

  private:
    static constexpr size_t ahead = 8;

    void handOverThrough(size_t count) {
        while (handedOver < std::min(count, order.size())) {
            auto page = order[handedOver++];
            auto content = plan.contents[page];
            auto stored = content.getDict();
            bool compressed = isPlainFlate(content);
            // Content cairo did not compress (it does not when debugging), or
            // otherwise encoded, is decoded here instead.
            auto data = compressed ? content.getRawStreamData() : content.getStreamData(qpdf_dl_generalized);
            work.add(page, std::string(reinterpret_cast<char const *>(data->getBuffer()), data->getSize()), compressed);
            auto dictionary = stored.shallowCopy();
            dictionary.removeKey("/DecodeParms");
            dictionary.replaceKey("/Filter", QPDFObjectHandle::newName("/FlateDecode"));
            dictionaries.emplace(page, dictionary);
            // Read once, the stream and its length are let go of, as the
            // pages are (see forEachPage): 2,037 of them at 1,000 cases.
            auto length = stored.getKey("/Length");
            if (length.isIndirect()) pdf.replaceObject(length.getObjGen(), QPDFObjectHandle::newNull());
            pdf.replaceObject(content.getObjGen(), QPDFObjectHandle::newNull());
            plan.contents[page] = QPDFObjectHandle();
        }
    }

    QPDF &pdf;
    DocumentPlan &plan;
    PageContentWork &work;
    std::vector<size_t> order;
    std::map<size_t, QPDFObjectHandle> dictionaries;
    size_t handedOver = 0;
    size_t taken = 0;
};

char *copy(std::string const &text) {
    char *out = static_cast<char *>(std::malloc(text.size() + 1));
    if (out) std::memcpy(out, text.c_str(), text.size() + 1);
    return out;
}

/// Thrown for a file that cannot be completed as asked, with the status the
/// caller gets.
struct Refusal {
    int status;
    std::string message;
};

void complete(const char *input_path, const char *language, const char *title,
              std::vector<std::string> const &alts, StructureDescriptions &descriptions,
              sdg_pdf_tagging_write_t write, void *context) {
    // Cairo has just freed its record of the document, much of it in the
    // heaps of the threads that drew. Handed back now, before the pass
    // grows, it does not stay resident beside what the pass needs: the
    // 1,000-case PDF's peak was 0.2–2.7 MiB lower in each of eight runs.
    // Called here rather than by the engine between formats because this is
    // where, inside one format, the PDF's memory turns over.
    malloc_trim(0);
    QPDF pdf;
    pdf.setSuppressWarnings(true);
    pdf.processInputSource(std::make_shared<BlockFileInput>(input_path));
    if (pdf.anyWarnings()) throw Refusal{2, "the PDF written by cairo is damaged: qpdf had to repair it"};
    auto root = pdf.getRoot();
    auto tree = root.getKey("/StructTreeRoot");
    if (!tree.isDictionary()) throw Refusal{3, "the PDF has no structure tree to complete"};
    StoredObjects stored(input_path, pdf);
    DocumentPlan plan(pdf);

    auto rootID = root.getObjGen();
    auto info = pdf.getTrailer().getKey("/Info");
    auto infoID = info.isIndirect() ? info.getObjGen() : QPDFObjGen();
    // The XMP packet takes the next object number after cairo's.
    QPDFObjGen metadataID(stored.firstUnused(), 0);
    std::string packet;
    bool informationPassed = false;

    // The calling thread filters pages too whenever it would wait for one.
    unsigned cores = std::thread::hardware_concurrency();
    unsigned threads = cores > 1 ? std::min(4u, cores) - 1 : 1;
    PageContentWork work(plan.pageCount, threads);
    ContentFeed feed(pdf, plan, stored, work);
    CompletedFile out(write, context);
    ObjectParser parser;
    LinkAnnotations links(out, parser);
    StructureOrder order(tree);
    size_t figures = 0;
    std::string bytes;
    StructureElementReader::Element storedElement;

    out.copy(stored.header());
    for (auto const &object : stored.all()) {
        // Once the caller refuses a write, the rest would be thrown away.
        if (out.failed()) break;
        auto id = object.id;
        parser.settle();
        // Every object is read, even one written anew or left out: the file
        // is read front to back, and skipping would cost a seek, which
        // throws away what the reader has buffered.
        stored.read(object, bytes);
        if (auto content = plan.pageByContent.find(id); content != plan.pageByContent.end()) {
            auto page = feed.take(content->second);
            out.stream(id, page.dictionary, page.data);
        } else if (plan.dropped.count(id)) {
            continue;
        } else if (id == rootID) {
            auto catalog = parser.parse(bytes, object);
            catalog.replaceKey("/Lang", QPDFObjectHandle::newUnicodeString(language));
            auto markInfo = QPDFObjectHandle::newDictionary();
            markInfo.replaceKey("/Marked", QPDFObjectHandle::newBool(true));
            catalog.replaceKey("/MarkInfo", markInfo);
            auto preferences = QPDFObjectHandle::newDictionary();
            preferences.replaceKey("/DisplayDocTitle", QPDFObjectHandle::newBool(true));
            catalog.replaceKey("/ViewerPreferences", preferences);
            catalog.replaceKey("/Metadata", parser.reference(metadataID));
            out.object(id, catalog);
        } else if (id == infoID) {
            auto information = parser.parse(bytes, object);
            if (title && *title) information.replaceKey("/Title", QPDFObjectHandle::newUnicodeString(title));
            packet = xmpMetadata(information, language);
            informationPassed = true;
            out.object(id, information);
        } else if (auto page = plan.pageByObject.find(id); page != plan.pageByObject.end() && plan.withAnnotations.count(page->second)) {
            auto dictionary = parser.parse(bytes, object);
            dictionary.replaceKey("/Tabs", QPDFObjectHandle::newName("/S"));
            out.object(id, dictionary);
        } else if (order.isNext(id) && StructureElementReader::read(StoredObjects::body(bytes, object), storedElement) &&
                   storedElement.role != "/Figure" && storedElement.role != "/Link" && storedElement.role != "/TH") {
            // Most elements are copied as stored: only their kids are
            // needed, for the order.
            order.passed(storedElement.kids);
            out.begin(id);
            out.copy(bytes);
        } else if (order.isNext(id)) {
            auto element = parser.parseToRead(bytes, object);
            order.passed(element);
            auto role = element.getKey("/S");
            bool changed = true;
            if (role.isNameAndEquals("/Figure")) {
                if (figures < alts.size()) element.replaceKey("/Alt", QPDFObjectHandle::newUnicodeString(alts[figures]));
                ++figures;
            } else if (auto description = descriptions.describe(element, role)) {
                links.describe(element, *description);
            } else {
                changed = role.isNameAndEquals("/TH");
            }
            if (changed) {
                parser.prepareToWrite(bytes, object);
                out.object(id, element);
            } else {
                out.begin(id);
                out.copy(bytes);
            }
        } else if (plan.annotations.count(id)) {
            links.arrived(object, bytes);
        } else {
            out.begin(id);
            out.copy(bytes);
        }
    }
    links.finish();
    if (out.failed()) throw Refusal{7, "the completed PDF could not be written"};
    if (!order.finished()) {
        throw Refusal{6, "the structure elements are not stored in the order of the structure tree, as cairo stores them"};
    }
    if (figures != alts.size()) {
        throw Refusal{4, "the structure tree holds " + std::to_string(figures) + " figures but " +
                             std::to_string(alts.size()) + " alternative texts were given"};
    }
    if (auto mismatch = descriptions.mismatch(); !mismatch.empty()) throw Refusal{5, mismatch};
    if (links.waiting() > 0) {
        throw Refusal{5, std::to_string(links.waiting()) + " link annotations named in the structure tree are not stored in the file"};
    }
    if (infoID.isIndirect() && !informationPassed) throw Refusal{2, "the document information is not stored in the file"};
    auto dictionary = QPDFObjectHandle::newDictionary();
    dictionary.replaceKey("/Type", QPDFObjectHandle::newName("/Metadata"));
    dictionary.replaceKey("/Subtype", QPDFObjectHandle::newName("/XML"));
    if (!infoID.isIndirect()) packet = xmpMetadata(QPDFObjectHandle::newDictionary(), language);
    out.stream(metadataID, dictionary, packet);
    out.finish(metadataID.getObj() + 1, parser.reference(rootID), infoID.isIndirect() ? parser.reference(infoID) : QPDFObjectHandle::newNull());
    if (pdf.anyWarnings()) throw Refusal{2, "the PDF written by cairo is damaged: qpdf had to repair it"};
    if (out.failed()) throw Refusal{7, "the completed PDF could not be written"};
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
        std::vector<std::string> alts(alternative_texts, alternative_texts + alt_count);
        StructureDescriptions descriptions{
            std::vector<std::string>(link_descriptions, link_descriptions + link_count),
            std::vector<std::string>(header_scopes, header_scopes + header_count)};
        complete(input_path, language, title, alts, descriptions, write, context);
        return 0;
    } catch (Refusal const &refusal) {
        *error = copy(refusal.message);
        return refusal.status;
    } catch (std::exception const &e) {
        *error = copy(e.what());
        return 1;
    }
}

extern "C" void sdg_pdf_tagging_free(char *message) { std::free(message); }
