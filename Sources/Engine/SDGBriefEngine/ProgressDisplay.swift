import Foundation
import SDGBriefCore
import Synchronization

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Shows on standard error, redrawn in place, how far a long export has got,
/// and erases it at the end. Nothing appears in the first second, so a
/// quick export prints nothing, and nothing ever when standard error is not
/// a terminal: a log or a pipe gets no escape codes.
final class ProgressDisplay: Sendable {
    /// `SDGBRIEF_PROGRESS_DELAY` (seconds) overrides it, for tests that
    /// need the display without a long export.
    static var delay: Double {
        ProcessInfo.processInfo.environment["SDGBRIEF_PROGRESS_DELAY"].flatMap(Double.init) ?? 1
    }
    static let interval = 0.1

    /// What the exporters' threads and the timer's queue share. The timer
    /// is kept here too: Dispatch does not mark its sources `Sendable`.
    private struct State {
        var entries: [ProgressLine.Entry]
        var isShowing = false
        var shown = ""
        var isFinished = false
        var timer: (any DispatchSourceTimer)?
    }

    private let state: Mutex<State>
    private let started = Date()
    private let isEnabled: Bool

    /// Whether standard error is a terminal, where a line can be redrawn.
    static var standardErrorIsTerminal: Bool { isatty(STDERR_FILENO) == 1 }

    init(formats: [String], enabled: Bool) {
        state = Mutex(State(entries: formats.map { ProgressLine.Entry(format: $0, state: .waiting) }))
        isEnabled = enabled
        guard enabled else { return }
        state.withLock { state in
            let timer = DispatchSource.makeTimerSource(queue: DispatchQueue.global(qos: .utility))
            timer.schedule(deadline: .now() + Self.delay, repeating: Self.interval)
            timer.setEventHandler { [weak self] in self?.draw() }
            timer.resume()
            state.timer = timer
        }
    }

    func update(_ exporter: Int, _ progress: ExportProgress) {
        guard isEnabled else { return }
        state.withLock { $0.entries[exporter].state = .running(progress) }
    }

    func started(_ exporter: Int) {
        guard isEnabled else { return }
        state.withLock { state in
            if state.entries[exporter].state == .waiting { state.entries[exporter].state = .running(nil) }
        }
    }

    func finished(_ exporter: Int) {
        guard isEnabled else { return }
        state.withLock { $0.entries[exporter].state = .done }
    }

    /// Stops redrawing and erases the line, before anything else is printed.
    func finish() {
        guard isEnabled else { return }
        state.withLock { state in
            state.timer?.cancel()
            state.isFinished = true
            if state.isShowing { Self.put("\r\u{1B}[K") }
        }
    }

    private func draw() {
        state.withLock { state in
            guard !state.isFinished else { return }
            let line = ProgressLine.format(state.entries, elapsed: Date().timeIntervalSince(started), width: Self.terminalWidth())
            guard line != state.shown else { return }
            Self.put("\r\u{1B}[K" + line)
            state.shown = line
            state.isShowing = true
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
