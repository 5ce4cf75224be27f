#ifndef SDGBRIEF_STRUCTURE_ORDER_HH
#define SDGBRIEF_STRUCTURE_ORDER_HH

#include <qpdf/QPDFObjGen.hh>
#include <qpdf/QPDFObjectHandle.hh>

#include <vector>

/// Which structure element the file must hold next: the tree's pre-order.
/// Cairo writes the elements in that order, one after another, and the
/// alternative texts, link descriptions and header scopes were collected in
/// it too, so the pass can complete each element as it passes by without
/// holding the tree. An element met out of that order is not completed, and
/// `finished` then says false.
class StructureOrder {
  public:
    /// The order below `root`, the structure tree root.
    explicit StructureOrder(QPDFObjectHandle root);

    /// Whether `element` is the one the order expects next.
    bool isNext(QPDFObjGen element) const { return !expected.empty() && expected.back() == element; }

    /// The expected element has passed by as `element`: its kids come next.
    void passed(QPDFObjectHandle element);

    /// The expected element has passed by, with `kids` its element kids in
    /// the order of its /K: they come next.
    void passed(std::vector<QPDFObjGen> const &kids);

    /// Whether every element of the tree has passed by.
    bool finished() const { return expected.empty(); }

  private:
    /// The kids in `kids` (one or an array) that are elements of their own,
    /// ahead of those expected already; marked content and object
    /// references are not.
    void expect(QPDFObjectHandle kids);

    /// Next at the back.
    std::vector<QPDFObjGen> expected;
};

#endif
