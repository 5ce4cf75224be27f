#ifndef SDGBRIEF_PAGE_CONTENT_WORK_HH
#define SDGBRIEF_PAGE_CONTENT_WORK_HH

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

/// Each page's content marked (`ArtifactMarks`, read by `ContentScanner` or
/// else by qpdf's tokenizer through `ArtifactFilter`) and compressed again,
/// on helper threads while the calling thread copies the rest of the
/// document. The content is most of the work (inflating, reading and
/// deflating every page); done beside the copying, the pass costs about the
/// copying's time instead of the sum. The calling thread reads each page's
/// stream (a QPDF object is not shared between threads) and hands over its
/// bytes; the helpers inflate, mark and deflate them. The caller hands over
/// a few pages ahead of the one it writes, so that only those are held at
/// once.
class PageContentWork {
  public:
    PageContentWork(size_t pageCount, unsigned threads);
    ~PageContentWork();

    /// Hands page `index`'s content to the helpers: Flate-compressed as
    /// cairo writes it if `compressed`, else already decoded.
    void add(size_t index, std::string bytes, bool compressed);

    /// Page `index`'s finished content, Flate-compressed; while it is not
    /// ready the caller filters waiting pages itself. Throws if filtering
    /// a page failed.
    std::string take(size_t index);

  private:
    struct Job {
        size_t index;
        std::string bytes;
        bool compressed;
    };

    void run();
    void process(Job &job);
    /// Cancels what waits and joins the helpers.
    void stop();

    std::mutex mutex;
    std::condition_variable changed;
    std::deque<Job> queued;
    bool cancelled = false;
    std::vector<std::string> results;
    std::vector<bool> ready;
    std::string failure;
    std::vector<std::thread> helpers;
};

#endif
