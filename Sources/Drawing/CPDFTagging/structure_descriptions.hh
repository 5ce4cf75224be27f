#ifndef SDGBRIEF_STRUCTURE_DESCRIPTIONS_HH
#define SDGBRIEF_STRUCTURE_DESCRIPTIONS_HH

#include <qpdf/QPDFObjectHandle.hh>

#include <set>
#include <string>
#include <vector>

/// What cairo 1.16 cannot write on Link and TH structure elements, in the
/// order cairo was given the tags in, which is the structure tree's pre-order:
/// a description for each link (PDF/UA 7.18.5) and the scope of each table
/// header cell (PDF/UA 7.5).
class StructureDescriptions {
  public:
    StructureDescriptions(std::vector<std::string> links, std::vector<std::string> headerScopes);

    /// Writes them into the tree under `structTreeRoot`; returns a message if
    /// the tree holds another number of links or header cells, else nothing.
    std::string apply(QPDFObjectHandle structTreeRoot);

  private:
    void visit(QPDFObjectHandle node);
    void describeLink(QPDFObjectHandle link, std::string const &description);

    std::vector<std::string> links;
    std::vector<std::string> headerScopes;
    size_t linksSeen = 0;
    size_t headersSeen = 0;
    std::set<QPDFObjGen> seen;
};

#endif
