// A structure element's role and element kids, read off its stored bytes.
#include "structure_element_reader.hh"

#include "pdf_lexer.hh"

#include <cctype>

namespace {

using Type = PDFLexer::Type;

bool isPlainInteger(std::string_view raw) {
    for (auto c : raw) {
        if (c < '0' || c > '9') return false;
    }
    return !raw.empty();
}

/// A recursive reader over the lexer's tokens, white space skipped, with
/// the three tokens of lookahead that "n g R" needs.
class Reader {
  public:
    explicit Reader(std::string_view body) : lexer(body) {}

    bool failed = false;

    /// Whether a token is there to look at as `ahead[k]`.
    bool have(int k) {
        while (count <= k) {
            PDFLexer::Token token;
            auto step = lexer.next(token);
            if (step == PDFLexer::Step::unsupported) failed = true;
            if (step != PDFLexer::Step::token) return false;
            if (token.type == Type::ignorable) continue;
            // qpdf reads a name with # escapes in ways of its own (#00 is
            // a bad token), and refuses an integer too large for 64 bits.
            if ((token.type == Type::name && token.raw.find('#') != std::string_view::npos) ||
                (token.type == Type::number && token.raw.size() > 18)) {
                failed = true;
                return false;
            }
            ahead[count++] = token;
        }
        return true;
    }

    void drop(int k) {
        for (int i = k; i < count; ++i) ahead[i - k] = ahead[i];
        count -= k;
    }

    PDFLexer::Token ahead[3];

  private:
    PDFLexer lexer;
    int count = 0;
};

enum class Value { reference, name, other };

constexpr int deepest = 64;

bool readValue(Reader &reader, Value &value, QPDFObjGen &reference, std::string_view &name,
               std::vector<QPDFObjGen> *kids, int depth);

/// Reads an array's items, or a dictionary's keys and values when `keyed`,
/// from its opening token through `close`; the items that are references
/// are added to `kids` when it is given.
bool readItems(Reader &reader, Type close, bool keyed, std::vector<QPDFObjGen> *kids, int depth) {
    reader.drop(1);
    for (;;) {
        if (!reader.have(0)) return false;
        if (reader.ahead[0].type == close) break;
        if (keyed) {
            if (reader.ahead[0].type != Type::name) return false;
            reader.drop(1);
        }
        Value item;
        QPDFObjGen itemReference;
        std::string_view itemName;
        if (!readValue(reader, item, itemReference, itemName, nullptr, depth + 1)) return false;
        if (kids && item == Value::reference) kids->push_back(itemReference);
    }
    reader.drop(1);
    return true;
}

/// Reads one value. A reference is put in `reference`, a name's bytes in
/// `name`; an array's references are added to `kids` when it is given.
bool readValue(Reader &reader, Value &value, QPDFObjGen &reference, std::string_view &name,
               std::vector<QPDFObjGen> *kids, int depth) {
    if (depth > deepest || !reader.have(0)) return false;
    auto first = reader.ahead[0];
    switch (first.type) {
    case Type::number:
        if (reader.have(2) && reader.ahead[1].type == Type::number && reader.ahead[2].type == Type::keyword &&
            reader.ahead[2].raw == "R") {
            if (!isPlainInteger(first.raw) || !isPlainInteger(reader.ahead[1].raw)) return false;
            int number = 0, generation = 0;
            for (auto c : first.raw) {
                number = number * 10 + (c - '0');
                if (number > 100000000) return false;
            }
            for (auto c : reader.ahead[1].raw) {
                generation = generation * 10 + (c - '0');
                if (generation > 65535) return false;
            }
            if (number == 0) return false;
            reference = QPDFObjGen(number, generation);
            value = Value::reference;
            reader.drop(3);
            return true;
        }
        if (reader.failed) return false;
        value = Value::other;
        reader.drop(1);
        return true;
    case Type::name:
        name = first.raw;
        value = Value::name;
        reader.drop(1);
        return true;
    case Type::string:
    case Type::constant:
        value = Value::other;
        reader.drop(1);
        return true;
    case Type::arrayOpen:
        value = Value::other;
        return readItems(reader, Type::arrayClose, false, kids, depth);
    case Type::dictionaryOpen:
        value = Value::other;
        return readItems(reader, Type::dictionaryClose, true, nullptr, depth);
    default:
        return false;
    }
}

} // namespace

bool StructureElementReader::read(std::string_view body, Element &element) {
    element.role = {};
    element.kids.clear();
    Reader reader(body);
    if (!reader.have(0) || reader.ahead[0].type != Type::dictionaryOpen) return false;
    reader.drop(1);
    bool sawRole = false, sawKids = false;
    for (;;) {
        if (!reader.have(0)) return false;
        if (reader.ahead[0].type == Type::dictionaryClose) break;
        if (reader.ahead[0].type != Type::name) return false;
        auto key = reader.ahead[0].raw;
        reader.drop(1);
        Value value;
        QPDFObjGen reference;
        std::string_view name;
        if (key == "/K") {
            if (sawKids) return false;
            sawKids = true;
            if (!readValue(reader, value, reference, name, &element.kids, 1)) return false;
            if (value == Value::reference) element.kids.assign(1, reference);
        } else {
            if (!readValue(reader, value, reference, name, nullptr, 1)) return false;
            if (key == "/S") {
                if (sawRole || value != Value::name) return false;
                sawRole = true;
                element.role = name;
            }
        }
    }
    // As qpdf's parser: nothing may follow the dictionary but what C's
    // isspace counts as space (a comment is trailing data there).
    auto close = reader.ahead[0].raw;
    for (auto at = close.data() + close.size(); at < body.data() + body.size(); ++at) {
        if (!std::isspace(static_cast<unsigned char>(*at))) return false;
    }
    return sawRole && !reader.failed;
}
