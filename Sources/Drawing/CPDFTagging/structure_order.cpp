// The structure tree's pre-order, kept as a stack of what comes next.
#include "structure_order.hh"

StructureOrder::StructureOrder(QPDFObjectHandle root) {
    // The root is read from the file, so its kids may be an array stored
    // as an object of its own.
    auto kids = root.getKey("/K");
    if (kids.isIndirect() && kids.isArray()) kids = kids.shallowCopy();
    expect(kids);
}

void StructureOrder::passed(QPDFObjectHandle element) {
    expected.pop_back();
    expect(element.getKey("/K"));
}

void StructureOrder::passed(std::vector<QPDFObjGen> const &kids) {
    expected.pop_back();
    expected.insert(expected.end(), kids.rbegin(), kids.rend());
}

void StructureOrder::expect(QPDFObjectHandle kids) {
    // An element's own kids are references to other objects; asking an
    // indirect handle anything more would make qpdf read that object.
    if (kids.isIndirect()) {
        expected.push_back(kids.getObjGen());
        return;
    }
    if (!kids.isArray()) return;
    for (int i = kids.getArrayNItems() - 1; i >= 0; --i) {
        auto kid = kids.getArrayItem(i);
        if (kid.isIndirect()) expected.push_back(kid.getObjGen());
    }
}
