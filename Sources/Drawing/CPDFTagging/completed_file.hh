#ifndef SDGBRIEF_COMPLETED_FILE_HH
#define SDGBRIEF_COMPLETED_FILE_HH

#include "pdf_tagging.h"

#include <qpdf/QPDFCryptoImpl.hh>
#include <qpdf/QPDFObjGen.hh>
#include <qpdf/QPDFObjectHandle.hh>

#include <memory>
#include <string>
#include <vector>

/// The completed PDF as it is written: objects one after another, each
/// either copied as cairo stored it or written from qpdf's object model, then
/// the cross-reference table and the trailer.
///
/// This is the one place that writes a PDF's file structure by hand. qpdf's
/// writer would do it, but it writes only a document it holds entirely:
/// every object of a long brief parsed at once (165 MiB more at 1,000 cases,
/// 1.7 GiB at 10,000, and most of the pass's time). Here each object passes
/// through once and only the offsets stay. Object numbers are kept as they
/// are, so no reference inside an object changes.
class CompletedFile {
  public:
    CompletedFile(sdg_pdf_tagging_write_t function, void *context);

    /// Bytes written as they are: the header, an object copied from cairo's file.
    void copy(std::string const &bytes);

    /// Starts object `object` here: what follows until the next start is it.
    void begin(QPDFObjGen object);

    /// Object `object` with `value`, written by qpdf.
    void object(QPDFObjGen object, QPDFObjectHandle value);

    /// Stream object `object`: `dictionary` (its /Length set here) and `data`.
    void stream(QPDFObjGen object, QPDFObjectHandle dictionary, std::string const &data);

    /// The cross-reference table for objects 1 to `size` - 1 (those not
    /// written are free) and the trailer, with `root`, `info` and a file
    /// identifier hashed from everything written before it: same content,
    /// same identifier.
    void finish(int size, QPDFObjectHandle root, QPDFObjectHandle info);

    /// Whether the caller's function refused a write; the bytes after it
    /// were dropped.
    bool failed() const { return refused; }

  private:
    static constexpr size_t blockSize = 256 * 1024;

    void write(char const *bytes, size_t length);
    void write(std::string const &bytes) { write(bytes.data(), bytes.size()); }
    void flush();

    sdg_pdf_tagging_write_t function;
    void *context;
    std::string block;
    long long position = 0;
    bool refused = false;
    /// Where each object starts, by object number; -1 where none does.
    std::vector<long long> offsets;
    std::vector<int> generations;
    std::shared_ptr<QPDFCryptoImpl> digest;
    /// Until the trailer, which holds the digest.
    bool hashing = true;
};

#endif
