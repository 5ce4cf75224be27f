#ifndef SDGBRIEF_XMP_METADATA_HH
#define SDGBRIEF_XMP_METADATA_HH

#include <qpdf/QPDFObjectHandle.hh>

#include <string>

/// The XMP packet for the catalog's metadata stream (to be stored
/// uncompressed, as PDF/UA and PDF/A want it readable): it says what the
/// document information dictionary `info` says, in XMP's terms, with
/// `language` as dc:language and the PDF/UA-1 identification. The
/// information's dates, which cairo 1.16 writes without the "D:" prefix, get
/// it, so that both carry the same dates in full syntax.
std::string xmpMetadata(QPDFObjectHandle info, std::string const &language);

/// `text` as XML character data: markup characters escaped, and the control
/// characters XML 1.0 cannot hold at all written as spaces.
std::string xmlEscaped(std::string const &text);

/// A PDF date ("D:20260101120000Z", "20260101120000+08'00'", "D:2026") as
/// an XMP date ("2026-01-01T12:00:00Z", "2026-01-01T12:00:00+08:00",
/// "2026"); empty if it is none.
std::string xmpDate(std::string const &pdfDate);

#endif
