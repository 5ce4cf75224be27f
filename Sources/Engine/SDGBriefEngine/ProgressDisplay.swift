import Foundation
import SDGBriefCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Shows on standard error, redrawn in place, how far a long export has got,
/// and erases it at the end. Nothing appears in the first second, so a
/// quick export prints nothing, and nothing ever when standard error is not
/// a terminal: a log or a pipe gets no escape codes.
final class ProgressDisplay: @unchecked Sendable {
    /// `SDGBRIEF_PROGRESS_DELAY` (seconds) overrides it, for tests that
    /// need the display without a long export.
    static var delay: Double {
        ProcessInfo.processInfo.environment["SDGBRIEF_PROGRESS_DELAY"].flatMap(Double.init) ?? 1
    }
    static let interval = 0.1

    private let lock = NSLock()
    // Guarded by `lock`.
    private var entries: [ProgressLine.Entry]
    private var isShowing = false
    private var shown = ""
    private var isFinished = false
    private let started = Date()
    private let isEnabled: Bool
    private var timer: DispatchSourceTimer?

    /// Whether standard error is a terminal, where a line can be redrawn.
    static var standardErrorIsTerminal: Bool { isatty(STDERR_FILENO) == 1 }

    init(formats: [String], enabled: Bool) {
        entries = formats.map { ProgressLine.Entry(format: $0, state: .waiting) }
        isEnabled = enabled
        guard enabled else { return }
        let timer = DispatchSource.makeTimerSource(queue: DispatchQueue.global(qos: .utility))
        timer.schedule(deadline: .now() + Self.delay, repeating: Self.interval)
        timer.setEventHandler { [weak self] in self?.draw() }
        timer.resume()
        self.timer = timer
    }

    func update(_ exporter: Int, _ progress: ExportProgress) {
        guard isEnabled else { return }
        lock.withLock { entries[exporter].state = .running(progress) }
    }

    func started(_ exporter: Int) {
        guard isEnabled else { return }
        lock.withLock { if entries[exporter].state == .waiting { entries[exporter].state = .running(nil) } }
    }

    func finished(_ exporter: Int) {
        guard isEnabled else { return }
        lock.withLock { entries[exporter].state = .done }
    }

    /// Stops redrawing and erases the line, before anything else is printed.
    func finish() {
        guard isEnabled else { return }
        timer?.cancel()
        lock.withLock {
            isFinished = true
            if isShowing { Self.put("\r\u{1B}[K") }
        }
    }

    private func draw() {
        lock.withLock {
            guard !isFinished else { return }
            let line = ProgressLine.format(entries, elapsed: Date().timeIntervalSince(started), width: Self.terminalWidth())
            guard line != shown else { return }
            Self.put("\r\u{1B}[K" + line)
            shown = line
            isShowing = true
        }
    }

    private static func terminalWidth() -> Int {
        var size = winsize()
        guard ioctl(STDERR_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return 80 }
        return Int(size.ws_col)
    }

    private static func put(_ text: String) {
        var bytes = Array(text.utf8)
        _ = bytes.withUnsafeMutableBytes { write(STDERR_FILENO, $0.baseAddress, $0.count) }
    }
}
