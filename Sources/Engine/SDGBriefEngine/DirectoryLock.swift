import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// An advisory lock on the output directory itself (flock(2) on the
/// directory, so no lock file is left among the outputs), held from before
/// leftovers are swept until the process lets it go. Two exports into one
/// directory take turns: the second waits, and says so, rather than mixing
/// its files with the first's.
final class DirectoryLock: Sendable {
    private let descriptor: Int32

    /// Takes the lock, waiting for another export that holds it;
    /// `onWait` is called once before waiting.
    init(_ url: URL, onWait: () -> Void) throws(ExportError) {
        descriptor = open(url.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else {
            throw .cannotCreateOutput("cannot open output directory \(url.path): \(String(cString: strerror(errno)))")
        }
        if flock(descriptor, LOCK_EX | LOCK_NB) == 0 { return }
        guard errno == EWOULDBLOCK else {
            let reason = String(cString: strerror(errno))
            close(descriptor)
            throw .cannotCreateOutput("cannot lock output directory \(url.path): \(reason)")
        }
        onWait()
        while flock(descriptor, LOCK_EX) != 0 {
            guard errno == EINTR else {
                let reason = String(cString: strerror(errno))
                close(descriptor)
                throw .cannotCreateOutput("cannot lock output directory \(url.path): \(reason)")
            }
        }
    }

    deinit {
        close(descriptor)
    }
}
