#ifndef SDGBRIEF_STRUCTURE_DESCRIPTIONS_HH
#define SDGBRIEF_STRUCTURE_DESCRIPTIONS_HH

#include <qpdf/QPDFObjectHandle.hh>

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
    /// for every element of the tree in pre-order, by the one walk over the
    /// tree that also gives figures their alternative text (a walk of its
    /// own was a third of the pass's time on its thread: qpdf's object
    /// handles cost more to visit than to parse).
    void describe(QPDFObjectHandle element, QPDFObjectHandle role);

    /// After the walk: a message if the tree held another number of links or
    /// header cells than there are descriptions, else nothing.
    std::string mismatch() const;

  private:
    void describeLink(QPDFObjectHandle link, std::string const &description);

    std::vector<std::string> links;
    std::vector<std::string> headerScopes;
    size_t linksSeen = 0;
    size_t headersSeen = 0;
};

#endif
