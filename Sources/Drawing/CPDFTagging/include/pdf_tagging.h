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

/// Releases a message returned by `sdg_pdf_tagging_finish`, or the bytes and
/// messages of the functions below.
void sdg_pdf_tagging_free(char *message);

/// How the functions below read: as the pass does (its own lexer, and qpdf
/// for what that leaves; its own input for qpdf), or with qpdf alone, which
/// the tests compare.
typedef enum {
    SDG_PDF_READ_AS_THE_PASS = 0,
    SDG_PDF_READ_WITH_QPDF = 1,
} sdg_pdf_reading_t;

/// Marks what the decoded content stream `content` paints outside marked
/// content as an /Artifact, as the pass does to every page. On success
/// returns 0, puts the marked content in `*marked` (to release with
/// `sdg_pdf_tagging_free`) and its length in `*marked_length`, and sets
/// `*read_by_lexer` to whether the pass's own lexer read it all (rather than
/// leaving it to qpdf); otherwise returns 1 with a message in `*error`.
int sdg_pdf_mark_artifacts(
    const char *content, size_t length, sdg_pdf_reading_t reading,
    char **marked, size_t *marked_length, int *read_by_lexer, char **error);

/// Reads a stored structure element's body (what lies between "obj" and
/// "endobj") for what the pass needs of it: its role (/S, with its slash),
/// in `role` (of `role_capacity` bytes, NUL-terminated), and the object
/// numbers and generations of its element kids in the order of /K, as
/// pairs in `kids` (of `kid_capacity` pairs), their number in `*kid_count`.
/// Returns 1 when read, 0 when the pass's lexer leaves the element to qpdf
/// (with `SDG_PDF_READ_AS_THE_PASS`) or qpdf cannot parse it, -1 when a
/// buffer is too small.
int sdg_pdf_read_structure_element(
    const char *body, size_t length, sdg_pdf_reading_t reading,
    char *role, size_t role_capacity, int *kids, size_t kid_capacity, size_t *kid_count);

/// Runs `script` against the file at `path` as qpdf reads it: through the
/// pass's block input (`SDG_PDF_READ_AS_THE_PASS`) or qpdf's own file input.
/// The script is a list of steps separated by spaces: `sN` seeks to N,
/// `cN` seeks by N from the current position (never before the start), `eN` seeks to N from the end,
/// `rN` reads N bytes, `l` finds and skips the next end of line, `u`
/// unreads the byte just read (after any other step it does nothing), `w`
/// rewinds. Returns 0 and, in `*trace` (to
/// release with `sdg_pdf_tagging_free`), a line per step of what qpdf would
/// see (the bytes read, the position, the last offset); or 1 with a
/// message in `*trace`.
int sdg_pdf_trace_input(const char *path, sdg_pdf_reading_t reading, const char *script, char **trace);

#ifdef __cplusplus
}
#endif

#endif
