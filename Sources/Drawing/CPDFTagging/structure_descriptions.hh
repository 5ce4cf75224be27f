#ifndef SDGBRIEF_STRUCTURE_DESCRIPTIONS_HH
#define SDGBRIEF_STRUCTURE_DESCRIPTIONS_HH

#include <qpdf/QPDFObjectHandle.hh>

#include <optional>
#include <string>
#include <vector>

/// What cairo 1.16 cannot write on Link and TH structure elements, in the
/// order cairo was given the tags in, which is the structure tree's pre-order:
/// a description for each link (PDF/UA 7.18.5) and the scope of each table
/// header cell (PDF/UA 7.5).
class StructureDescriptions {
  public:
    StructureDescriptions(std::vector<std::string> links, std::vector<std::string> headerScopes);

    /// Completes `element` if it is a link or a table header cell; called
    /// for every element of the tree in pre-order. Returns the description
    /// a link's annotations take as /Contents (written where the
    /// annotations are), or nothing.
    std::optional<std::string> describe(QPDFObjectHandle element, QPDFObjectHandle role);

    /// After the walk: a message if the tree held another number of links or
    /// header cells than there are descriptions, else nothing.
    std::string mismatch() const;

  private:
    std::vector<std::string> links;
    std::vector<std::string> headerScopes;
    size_t linksSeen = 0;
    size_t headersSeen = 0;
};

#endif
