#ifndef SDGBRIEF_PDF_TAGGING_H
#define SDGBRIEF_PDF_TAGGING_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/// Receives the finished document chunk by chunk; returns 0 to go on,
/// anything else to stop with a write error.
typedef int (*sdg_pdf_tagging_write_t)(const unsigned char *bytes, size_t length, void *context);

/// Completes the accessibility of a tagged PDF that cairo wrote to `input_path`
/// (stored as cairo stores it: no object streams, each page's content in one
/// stream, the structure elements in the tree's pre-order; any other file is
/// refused) and writes the result through `write`: the catalog's /Lang, /Alt on each
/// Figure structure element (in document order, `alt_count` of them, which
/// must match), painted content outside any structure element marked as an
/// /Artifact, /Tabs /S on pages with annotations and DisplayDocTitle.
/// Each Link element gets its description (`link_count` of them, in document
/// order, which must match) as /Alt and as its annotation's /Contents; each
/// TH element the /Scope named in `header_scopes` ("Row", "Column", "Both";
/// `header_count` of them, which must match; an empty text or description
/// writes nothing). The catalog gets XMP metadata repeating the document
/// information, with the language and the PDF/UA-1 identification.
/// Returns 0 on success; otherwise a non-zero code and, in `*error`, a message
/// to release with `sdg_pdf_tagging_free`. The document is written as it is
/// completed, so after a failure what `write` received is incomplete and must
/// be thrown away.
int sdg_pdf_tagging_finish(
    const char *input_path, const char *language, const char *title,
    const char *const *alternative_texts, size_t alt_count,
    const char *const *link_descriptions, size_t link_count,
    const char *const *header_scopes, size_t header_count,
    sdg_pdf_tagging_write_t write, void *context, char **error);

/// Releases a message returned by `sdg_pdf_tagging_finish`.
void sdg_pdf_tagging_free(char *message);

#ifdef __cplusplus
}
#endif

#endif
