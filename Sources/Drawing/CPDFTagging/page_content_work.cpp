// Page contents filtered on helper threads with qpdf's pipelines.
#include "page_content_work.hh"
#include "artifact_filter.hh"
#include "content_scanner.hh"

#include <qpdf/Pl_Flate.hh>
#include <qpdf/Pl_QPDFTokenizer.hh>
#include <qpdf/Pl_String.hh>

#include <exception>
#include <stdexcept>

namespace {

unsigned char const *bytes(std::string const &text) { return reinterpret_cast<unsigned char const *>(text.data()); }

} // namespace

PageContentWork::PageContentWork(size_t pageCount, unsigned threads) : results(pageCount), ready(pageCount, false) {
    try {
        for (unsigned i = 0; i < threads; ++i) helpers.emplace_back([this] { run(); });
    } catch (...) {
        // A thread that cannot start: those started stop before the error
        // leaves, since a joinable thread destroyed ends the process.
        stop();
        throw;
    }
}

PageContentWork::~PageContentWork() { stop(); }

void PageContentWork::stop() {
    {
        std::lock_guard<std::mutex> lock(mutex);
        cancelled = true;
        queued.clear();
    }
    changed.notify_all();
    for (auto &helper : helpers) {
        if (helper.joinable()) helper.join();
    }
}

void PageContentWork::add(size_t index, std::string bytes, bool compressed) {
    {
        std::lock_guard<std::mutex> lock(mutex);
        queued.push_back({index, std::move(bytes), compressed});
    }
    changed.notify_all();
}

std::string PageContentWork::take(size_t index) {
    std::unique_lock<std::mutex> lock(mutex);
    for (;;) {
        if (ready[index]) {
            std::string data;
            data.swap(results[index]);
            return data;
        }
        if (!failure.empty()) throw std::runtime_error(failure);
        if (queued.empty()) {
            changed.wait(lock);
            continue;
        }
        // Rather than wait, the caller filters a page itself.
        Job job = std::move(queued.front());
        queued.pop_front();
        lock.unlock();
        process(job);
        lock.lock();
    }
}

void PageContentWork::run() {
    for (;;) {
        Job job;
        {
            std::unique_lock<std::mutex> lock(mutex);
            changed.wait(lock, [&] { return cancelled || !queued.empty(); });
            if (cancelled) return;
            job = std::move(queued.front());
            queued.pop_front();
        }
        process(job);
    }
}

void PageContentWork::process(Job &job) {
    try {
        std::string decoded;
        if (job.compressed) {
            Pl_String collected("page content", nullptr, decoded);
            Pl_Flate inflated("page content", &collected, Pl_Flate::a_inflate);
            inflated.write(bytes(job.bytes), job.bytes.size());
            inflated.finish();
        } else {
            decoded.swap(job.bytes);
        }
        std::string().swap(job.bytes);
        std::string data;
        Pl_String collected("page content", nullptr, data);
        Pl_Flate deflated("page content", &collected, Pl_Flate::a_deflate);
        ArtifactMarks marks;
        if (ContentScanner::scan(decoded, marks)) {
            std::string().swap(decoded);
            deflated.write(bytes(marks.out), marks.out.size());
            deflated.finish();
        } else {
            // What the lexer marked before it declined is thrown away.
            std::string().swap(marks.out);
            ArtifactFilter filter;
            Pl_QPDFTokenizer tokenized("page content", &filter, &deflated);
            tokenized.write(bytes(decoded), decoded.size());
            tokenized.finish();
        }
        std::lock_guard<std::mutex> lock(mutex);
        results[job.index].swap(data);
        ready[job.index] = true;
    } catch (std::exception const &e) {
        std::lock_guard<std::mutex> lock(mutex);
        if (failure.empty()) failure = "page " + std::to_string(job.index + 1) + "'s content: " + e.what();
    }
    changed.notify_all();
}
