import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Runs one external exporter: feeds it standard input, drains its standard
/// output and error, and stops it when it runs too long or writes too much.
///
/// Written with posix_spawn and poll rather than Foundation's Process because
/// the plugin must run in a process group of its own, so that a timeout kills
/// whatever it started too, and because its output must be read while its
/// input is written, or a plugin that writes before it reads would block
/// forever on a full pipe.
struct PluginProcess {
    /// SIGPIPE ignored, once, the first time a plugin runs.
    private static let brokenPipesIgnored: Void = {
        signal(SIGPIPE, SIG_IGN)
    }()

    struct Outcome {
        /// The exit status, or nil when a signal ended it.
        var exitStatus: Int32?
        var signal: Int32?
        var timedOut = false
        /// "standard output" or "standard error" when one passed the limit.
        var floodedStream: String?
        /// The first `PluginContract.keptStandardError` bytes.
        var standardError = Data()
        var standardErrorTruncated = false
    }

    var executable: String
    var arguments: [String]
    var environment: [String: String]
    var workingDirectory: String
    var input: Data
    var timeout: TimeInterval

    /// After the plugin exits, how long output still held open by something it
    /// started may keep sdgbrief waiting.
    static let drainAfterExit: TimeInterval = 1

    func run() throws(PluginSpawnError) -> Outcome {
        // Until the plugin runs, these six descriptors are ours alone; any
        // failure on the way (a missing interpreter, say) must close them all.
        var made: [Int32] = []
        let pipes: (stdin: (read: Int32, write: Int32), stdout: (read: Int32, write: Int32), stderr: (read: Int32, write: Int32))
        let pid: pid_t
        do {
            let stdinPipe = try makePipe()
            made += [stdinPipe.read, stdinPipe.write]
            let stdoutPipe = try makePipe()
            made += [stdoutPipe.read, stdoutPipe.write]
            let stderrPipe = try makePipe()
            made += [stderrPipe.read, stderrPipe.write]
            pipes = (stdinPipe, stdoutPipe, stderrPipe)
            pid = try spawn(stdin: stdinPipe.read, stdout: stdoutPipe.write, stderr: stderrPipe.write)
        } catch {
            for descriptor in made { close(descriptor) }
            throw error
        }
        let (stdin, stdout, stderr) = pipes
        close(stdin.read)
        close(stdout.write)
        close(stderr.write)
        for descriptor in [stdin.write, stdout.read, stderr.read] {
            _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) | O_NONBLOCK)
        }
        // A plugin that never reads its input closes the pipe; the write must
        // fail with EPIPE rather than kill sdgbrief.
        // Ignored once for the whole process and never turned back on:
        // plugins run concurrently, and switching it back around one run
        // would expose another that is still writing.
        _ = Self.brokenPipesIgnored

        var outcome = Outcome()
        var inputDescriptor: Int32? = stdin.write
        var outputDescriptor: Int32? = stdout.read
        var errorDescriptor: Int32? = stderr.read
        var outputCount = 0, errorCount = 0
        var waitStatus: Int32? = nil
        var deadline = Date().addingTimeInterval(timeout)
        var buffer = [UInt8](repeating: 0, count: 65536)
        var inputOffset = 0

        func closeInput() {
            if let descriptor = inputDescriptor { close(descriptor) }
            inputDescriptor = nil
        }

        loop: while true {
            if waitStatus == nil {
                var status: Int32 = 0
                if waitpid(pid, &status, WNOHANG) == pid {
                    waitStatus = status
                    // Whatever it started and left running goes with it.
                    kill(-pid, SIGKILL)
                    closeInput()
                    deadline = min(deadline, Date().addingTimeInterval(Self.drainAfterExit))
                }
            }
            if waitStatus != nil, outputDescriptor == nil, errorDescriptor == nil { break }
            let remaining = deadline.timeIntervalSinceNow
            if remaining <= 0 {
                if waitStatus == nil { outcome.timedOut = true }
                break
            }
            var descriptors: [pollfd] = []
            if let descriptor = inputDescriptor { descriptors.append(pollfd(fd: descriptor, events: Int16(POLLOUT), revents: 0)) }
            if let descriptor = outputDescriptor { descriptors.append(pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)) }
            if let descriptor = errorDescriptor { descriptors.append(pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)) }
            // Short waits, so that the exit of a plugin whose output something else holds open is noticed.
            let ready = poll(&descriptors, nfds_t(descriptors.count), Int32(min(remaining, 0.05) * 1000) + 1)
            if ready < 0 && errno != EINTR { break }
            for entry in descriptors where entry.revents != 0 {
                if entry.fd == inputDescriptor {
                    let written = input.withUnsafeBytes { bytes in
                        write(entry.fd, bytes.baseAddress! + inputOffset, min(bytes.count - inputOffset, 65536))
                    }
                    if written > 0 { inputOffset += written }
                    if (written < 0 && errno != EAGAIN && errno != EINTR) || inputOffset == input.count { closeInput() }
                    continue
                }
                let count = read(entry.fd, &buffer, buffer.count)
                if count < 0 && (errno == EAGAIN || errno == EINTR) { continue }
                if count <= 0 {
                    close(entry.fd)
                    if entry.fd == outputDescriptor { outputDescriptor = nil } else { errorDescriptor = nil }
                    continue
                }
                if entry.fd == outputDescriptor {
                    outputCount += count
                    if outputCount > PluginContract.streamLimit { outcome.floodedStream = "standard output" }
                } else {
                    errorCount += count
                    let room = PluginContract.keptStandardError - outcome.standardError.count
                    if room > 0 { outcome.standardError.append(contentsOf: buffer.prefix(min(room, count))) }
                    if count > room { outcome.standardErrorTruncated = true }
                    if errorCount > PluginContract.streamLimit { outcome.floodedStream = "standard error" }
                }
                if outcome.floodedStream != nil { break loop }
            }
        }

        kill(-pid, SIGKILL)
        for descriptor in [inputDescriptor, outputDescriptor, errorDescriptor].compactMap({ $0 }) { close(descriptor) }
        if waitStatus == nil {
            var status: Int32 = 0
            while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
            waitStatus = status
        }
        let status = waitStatus ?? 0
        // WIFEXITED and friends are macros Swift cannot import.
        if status & 0x7F == 0 {
            outcome.exitStatus = (status >> 8) & 0xFF
        } else {
            outcome.signal = status & 0x7F
        }
        return outcome
    }

    private typealias AddChdir = @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, UnsafePointer<CChar>) -> Int32

    /// glibc's posix_spawn_file_actions_addchdir_np (2.29 and later), looked
    /// up at run time because its header hides it from Swift. Changing
    /// sdgbrief's own directory instead would move every relative path the
    /// user gave.
    private static let addChdir: AddChdir? = {
        guard let symbol = dlsym(nil, "posix_spawn_file_actions_addchdir_np") else { return nil }
        return unsafeBitCast(symbol, to: AddChdir.self)
    }()

    private func makePipe() throws(PluginSpawnError) -> (read: Int32, write: Int32) {
        var descriptors: [Int32] = [0, 0]
        guard pipe(&descriptors) == 0 else { throw PluginSpawnError(code: errno) }
        // Close-on-exec, so that no plugin inherits another's pipe; the child's
        // own ends become 0, 1 and 2, which dup2 leaves open. (pipe2 would set
        // it at once, but Swift does not import it.)
        for descriptor in descriptors { _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC) }
        return (descriptors[0], descriptors[1])
    }

    private func spawn(stdin: Int32, stdout: Int32, stderr: Int32) throws(PluginSpawnError) -> pid_t {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, stdin, 0)
        posix_spawn_file_actions_adddup2(&actions, stdout, 1)
        posix_spawn_file_actions_adddup2(&actions, stderr, 2)
        guard let addChdir = Self.addChdir else { throw PluginSpawnError(code: ENOSYS) }
        let chdirCode = addChdir(&actions, workingDirectory)
        guard chdirCode == 0 else { throw PluginSpawnError(code: chdirCode) }

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        // A group of its own: the timeout kills the whole group.
        posix_spawnattr_setpgroup(&attributes, 0)
        // sdgbrief ignores SIGPIPE once plugins run; the plugin must not inherit that.
        var defaults = sigset_t()
        sigemptyset(&defaults)
        sigaddset(&defaults, SIGPIPE)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        var mask = sigset_t()
        sigemptyset(&mask)
        posix_spawnattr_setsigmask(&attributes, &mask)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))

        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp = environment.sorted { $0.key < $1.key }.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            for pointer in argv { free(pointer) }
            for pointer in envp { free(pointer) }
        }
        var pid: pid_t = 0
        let code = posix_spawn(&pid, executable, &actions, &attributes, argv, envp)
        guard code == 0 else { throw PluginSpawnError(code: code) }
        return pid
    }
}
