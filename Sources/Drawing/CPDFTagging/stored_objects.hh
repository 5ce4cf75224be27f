#ifndef SDGBRIEF_STORED_OBJECTS_HH
#define SDGBRIEF_STORED_OBJECTS_HH

#include <qpdf/QPDF.hh>
#include <qpdf/QPDFObjGen.hh>

#include <cstdio>
#include <string>
#include <string_view>
#include <vector>

/// The objects of cairo's file in the order they are stored, each with the
/// bytes it takes up, for reading front to back once. Where each begins is
/// qpdf's cross-reference table, where an entry counts only if the object
/// it names begins there; each ends where the next begins, the last where
/// the cross-reference section does.
class StoredObjects {
  public:
    struct Object {
        QPDFObjGen id;
        long long offset;
        long long length;
    };

    /// The objects of the file at `path`, which `pdf` has opened.
    StoredObjects(char const *path, QPDF &pdf);
    ~StoredObjects();
    StoredObjects(StoredObjects const &) = delete;
    StoredObjects &operator=(StoredObjects const &) = delete;

    std::vector<Object> const &all() const { return objects; }

    /// The first object number the file neither uses nor lists.
    int firstUnused() const { return unused; }

    /// The bytes before the first object: the header and its binary comment.
    std::string const &header() const { return head; }

    /// Object `object`'s bytes, "n g obj" to "endobj" and the line end after.
    void read(Object const &object, std::string &into);

    /// What lies between "obj" and "endobj" in an object's bytes: the text
    /// qpdf's parser takes.
    static std::string_view body(std::string const &bytes, Object const &object);

  private:
    std::FILE *file = nullptr;
    long long position = 0;
    std::vector<Object> objects;
    std::string head;
    int unused = 1;
};

#endif
