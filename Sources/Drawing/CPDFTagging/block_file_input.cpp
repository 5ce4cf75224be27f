// qpdf's input through a few blocks of the file.
#include "block_file_input.hh"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <stdexcept>
#include <sys/stat.h>
#include <unistd.h>

BlockFileInput::BlockFileInput(char const *path) : name(path) {
    descriptor = ::open(path, O_RDONLY | O_CLOEXEC);
    if (descriptor < 0) throw std::runtime_error(std::string("cannot open the PDF written by cairo at ") + path);
    struct stat status;
    if (fstat(descriptor, &status) != 0) {
        ::close(descriptor);
        throw std::runtime_error(std::string("cannot measure the PDF written by cairo at ") + path);
    }
    size = status.st_size;
}

BlockFileInput::~BlockFileInput() { ::close(descriptor); }

BlockFileInput::Block const &BlockFileInput::block(qpdf_offset_t index) {
    ++clock;
    for (auto &held : blocks) {
        if (held.index == index) {
            held.used = clock;
            return held;
        }
    }
    auto &room = *std::min_element(blocks.begin(), blocks.end(), [](Block const &a, Block const &b) { return a.used < b.used; });
    room.index = -1;
    auto start = index * blockSize;
    auto length = static_cast<size_t>(std::min(blockSize, size - start));
    room.bytes.resize(length);
    size_t done = 0;
    while (done < length) {
        auto count = pread(descriptor, room.bytes.data() + done, length - done, static_cast<off_t>(start) + static_cast<off_t>(done));
        if (count < 0 && errno == EINTR) continue;
        if (count <= 0) throw std::runtime_error("cannot read the PDF written by cairo at " + name);
        done += static_cast<size_t>(count);
    }
    room.index = index;
    room.used = clock;
    return room;
}

size_t BlockFileInput::read(char *buffer, size_t length) {
    last_offset = position;
    size_t copied = 0;
    while (copied < length && position < size) {
        auto const &held = block(position / blockSize);
        auto within = static_cast<size_t>(position % blockSize);
        auto count = std::min(length - copied, held.bytes.size() - within);
        std::memcpy(buffer + copied, held.bytes.data() + within, count);
        copied += count;
        position += static_cast<qpdf_offset_t>(count);
    }
    // As qpdf's FileInputSource: a read at the end leaves the last offset there.
    if (copied == 0 && length > 0) {
        position = size;
        last_offset = size;
    }
    return copied;
}

qpdf_offset_t BlockFileInput::findAndSkipNextEOL() {
    // As qpdf's FileInputSource: the offset of the next CR or LF, with
    // every CR and LF that follows it skipped; the end if there is none.
    while (position < size) {
        auto const &held = block(position / blockSize);
        auto within = static_cast<size_t>(position % blockSize);
        auto begin = held.bytes.data() + within;
        auto end = held.bytes.data() + held.bytes.size();
        auto found = std::find_if(begin, end, [](char c) { return c == '\r' || c == '\n'; });
        if (found == end) {
            position += end - begin;
            continue;
        }
        qpdf_offset_t result = position + (found - begin);
        position = result + 1;
        char next;
        while (read(&next, 1) == 1) {
            if (next != '\r' && next != '\n') {
                unreadCh(next);
                break;
            }
        }
        return result;
    }
    // As qpdf's FileInputSource, whose last read then came back empty and
    // went to the end.
    position = size;
    last_offset = size;
    return position;
}

void BlockFileInput::seek(qpdf_offset_t offset, int whence) {
    qpdf_offset_t base = whence == SEEK_SET ? 0 : whence == SEEK_CUR ? position : size;
    if (whence != SEEK_SET && whence != SEEK_CUR && whence != SEEK_END) throw std::logic_error("seek with an unknown origin");
    if (base + offset < 0) throw std::runtime_error("seek before the start of " + name);
    position = base + offset;
}

void BlockFileInput::unreadCh(char) {
    if (position > 0) --position;
}
