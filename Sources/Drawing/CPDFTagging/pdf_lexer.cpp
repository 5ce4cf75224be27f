// PDF tokens found by their delimiters.
#include "pdf_lexer.hh"

namespace {

/// White space as cairo writes it. NUL, which PDF counts as white space,
/// and the other control characters, which qpdf reads in ways of its own,
/// are left to qpdf (`isControl`).
bool isWhiteSpace(unsigned char c) { return c == '\t' || c == '\n' || c == '\f' || c == '\r' || c == ' '; }

bool isControl(unsigned char c) { return c < 0x20 && !isWhiteSpace(c); }

bool isDelimiter(unsigned char c) {
    return c == '(' || c == ')' || c == '<' || c == '>' || c == '[' || c == ']' || c == '{' || c == '}' ||
           c == '/' || c == '%';
}

bool isRegular(unsigned char c) { return !isWhiteSpace(c) && !isDelimiter(c) && !isControl(c); }

bool isDigit(unsigned char c) { return c >= '0' && c <= '9'; }

bool isHexDigitOrSpace(unsigned char c) {
    return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F') || isWhiteSpace(c);
}

/// A number as qpdf reads one: an optional sign, then digits with at most
/// one period and at least one digit.
bool isNumber(std::string_view word) {
    size_t i = (word[0] == '+' || word[0] == '-') ? 1 : 0;
    size_t digits = 0, periods = 0;
    for (; i < word.size(); ++i) {
        if (isDigit(word[i])) ++digits;
        else if (word[i] == '.') ++periods;
        else return false;
    }
    return digits > 0 && periods <= 1;
}

/// Where the literal string opening at `start` ends, just past its `)`, or
/// 0 if it does not: parentheses nest, and a backslash takes the next byte
/// with it.
size_t literalStringEnd(std::string_view input, size_t start) {
    int depth = 0;
    for (size_t i = start; i < input.size(); ++i) {
        auto c = input[i];
        if (c == '\\') ++i;
        else if (c == '(') ++depth;
        else if (c == ')' && --depth == 0) return i + 1;
    }
    return 0;
}

} // namespace

PDFLexer::Step PDFLexer::next(Token &token) {
    size_t const n = input.size();
    size_t i = position;
    if (i >= n) return Step::end;
    auto c = static_cast<unsigned char>(input[i]);
    size_t end = i + 1;
    Type type;
    if (isWhiteSpace(c)) {
        while (end < n && isWhiteSpace(input[end])) ++end;
        type = Type::ignorable;
    } else if (c == '%') {
        while (end < n && input[end] != '\n' && input[end] != '\r') ++end;
        type = Type::ignorable;
    } else if (c == '(') {
        end = literalStringEnd(input, i);
        if (end == 0) return Step::unsupported;
        type = Type::string;
    } else if (c == '<') {
        if (end < n && input[end] == '<') {
            ++end;
            type = Type::dictionaryOpen;
        } else {
            while (end < n && isHexDigitOrSpace(input[end])) ++end;
            if (end >= n || input[end] != '>') return Step::unsupported;
            ++end;
            type = Type::string;
        }
    } else if (c == '>') {
        if (end >= n || input[end] != '>') return Step::unsupported;
        ++end;
        type = Type::dictionaryClose;
    } else if (c == ')' || isControl(c)) {
        return Step::unsupported;
    } else if (c == '/') {
        while (end < n && isRegular(input[end])) ++end;
        type = Type::name;
    } else if (c == '[') {
        type = Type::arrayOpen;
    } else if (c == ']') {
        type = Type::arrayClose;
    } else if (c == '{' || c == '}') {
        type = Type::brace;
    } else {
        while (end < n && isRegular(input[end])) ++end;
        auto word = input.substr(i, end - i);
        if (isDigit(c) || c == '+' || c == '-' || c == '.') {
            if (!isNumber(word)) return Step::unsupported;
            type = Type::number;
        } else if (word == "true" || word == "false" || word == "null") {
            type = Type::constant;
        } else {
            type = Type::keyword;
        }
    }
    token = {type, input.substr(i, end - i)};
    position = end;
    return Step::token;
}
