import Foundation
internal import CMalloc

/// Resident memory as Linux reports it, for `SDGBRIEF_TIMINGS`: what the
/// loaded report occupies, and the peak while exporting, which shows whether
/// an export's memory grows with the report. And where the engine asks
/// glibc to hand freed memory back between formats (the PDF's tagging pass
/// also does, inside its format, before it begins).
public enum ProcessMemory {
    /// Gives the system back the memory malloc has freed but kept, in every
    /// thread's arena. glibc keeps what one thread freed for that thread's
    /// next allocations, so what a finished stage freed would otherwise stay
    /// resident while the next stage, on another thread, grows its own.
    static func releaseFreed() {
        malloc_trim(0)
    }

    /// Blocks above this size are mapped on their own and unmapped when freed.
    static let largeBlock: Int32 = 4 << 20

    /// Keeps large blocks out of malloc's heaps for the whole process. glibc
    /// does map them, but after the first is freed it raises its threshold to
    /// that block's size (up to 32 MiB): a 16:9 chart at scale 2 is a 33 MB
    /// surface, so from the second PNG chart on the surfaces came from the
    /// heap, stayed resident once freed, and smaller blocks split them, so
    /// the next surface took fresh memory again (+33 MiB at 10,000 cases). A
    /// threshold set explicitly is never raised. Blocks between glibc's
    /// starting threshold (128 KiB) and this one now come from the heap for
    /// good; they are the batches and buffers every exporter reuses, which
    /// is where the heap serves them best.
    public static func keepLargeBlocksMapped() {
        mallopt(M_MMAP_THRESHOLD, largeBlock)
    }

    /// Current and peak resident set in KiB, from /proc/self/status.
    static func resident() -> (current: Int, peak: Int)? {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return nil }
        func field(_ name: String) -> Int? {
            guard let line = status.split(separator: "\n").first(where: { $0.hasPrefix(name + ":") }) else { return nil }
            return Int(line.split(separator: " ", omittingEmptySubsequences: true).dropFirst().first ?? "")
        }
        guard let current = field("VmRSS"), let peak = field("VmHWM") else { return nil }
        return (current, peak)
    }

    /// Starts the peak afresh from the current size (Linux 4.0 and later), so
    /// the export's peak is not the loader's.
    static func resetPeak() {
        try? Data("5".utf8).write(to: URL(fileURLWithPath: "/proc/self/clear_refs"))
    }
}
