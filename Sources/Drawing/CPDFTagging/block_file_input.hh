#ifndef SDGBRIEF_BLOCK_FILE_INPUT_HH
#define SDGBRIEF_BLOCK_FILE_INPUT_HH

#include <qpdf/InputSource.hh>

#include <array>
#include <cstdint>
#include <string>
#include <vector>

/// Cairo's file as qpdf reads it, through a few blocks read with `pread`.
///
/// qpdf's own `FileInputSource` reads through stdio, and qpdf's pattern of
/// reading (a seek, a short read, a tell and a seek back, for each entry of
/// the cross-reference table and each object it resolves) defeats stdio's
/// buffer: opening and planning the 1,000-case brief took 288,000 `lseek`
/// and 207,000 `read` calls, each read refilling a 4 KiB buffer. qpdf's
/// `BufferInputSource` would need the whole file in memory (13 MB at 1,000
/// cases). This keeps four 64 KiB blocks and reads nothing twice while
/// qpdf stays within them.
class BlockFileInput : public InputSource {
  public:
    /// Opens `path`; throws `std::runtime_error` if it cannot.
    explicit BlockFileInput(char const *path);
    ~BlockFileInput() override;
    BlockFileInput(BlockFileInput const &) = delete;
    BlockFileInput &operator=(BlockFileInput const &) = delete;

    qpdf_offset_t findAndSkipNextEOL() override;
    std::string const &getName() const override { return name; }
    qpdf_offset_t tell() override { return position; }
    void seek(qpdf_offset_t offset, int whence) override;
    void rewind() override { position = 0; }
    size_t read(char *buffer, size_t length) override;
    void unreadCh(char) override;

  private:
    static constexpr qpdf_offset_t blockSize = 64 * 1024;

    struct Block {
        qpdf_offset_t index = -1;
        std::vector<char> bytes;
        std::uint64_t used = 0;
    };

    /// Block `index` of the file, read if it is not held; the one held
    /// longest unused makes room.
    Block const &block(qpdf_offset_t index);

    int descriptor = -1;
    std::string name;
    qpdf_offset_t size = 0;
    qpdf_offset_t position = 0;
    std::array<Block, 4> blocks;
    std::uint64_t clock = 0;
};

#endif
