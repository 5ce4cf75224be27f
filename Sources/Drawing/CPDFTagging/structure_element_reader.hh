#ifndef SDGBRIEF_STRUCTURE_ELEMENT_READER_HH
#define SDGBRIEF_STRUCTURE_ELEMENT_READER_HH

#include <qpdf/QPDFObjGen.hh>

#include <string_view>
#include <vector>

/// What the pass needs of a structure element it copies as cairo stored it:
/// its role, and which of its kids are elements of their own (references,
/// where marked-content and object references are dictionaries), read with
/// `PDFLexer` instead of parsing the element into qpdf objects (see
/// `PDFLexer` for why).
class StructureElementReader {
  public:
    struct Element {
        /// The /S name as stored, with its slash: "/P", "/H1".
        std::string_view role;
        /// The element kids in the order of /K.
        std::vector<QPDFObjGen> kids;
    };

    /// Reads `body`, what lies between "obj" and "endobj", into `element`;
    /// returns false, leaving it to qpdf's parser, for anything but a
    /// dictionary of the syntax `PDFLexer` reads with one /S name, at most one
    /// /K, no name with `#` escapes, no number of more than 18 digits, and
    /// nothing after it but white space.
    static bool read(std::string_view body, Element &element);
};

#endif
