internal import CCairoPango
import Foundation

/// Collects what a Cairo surface writes, so outputs never pass through a
/// temporary file; or, with `forward`, hands each chunk on as it comes, so a
/// long PDF is never held whole in memory.
final class StreamSink {
    private(set) var data = Data()
    /// Takes a chunk; false stops the surface with a write error.
    private let forward: ((UnsafeRawBufferPointer) -> Bool)?

    init(forward: ((UnsafeRawBufferPointer) -> Bool)? = nil) {
        self.forward = forward
    }

    /// The closure pointer to pass along with `write`. Valid while `self` lives,
    /// which the owning surface guarantees by holding the sink.
    var closure: UnsafeMutableRawPointer { Unmanaged.passUnretained(self).toOpaque() }

    static let write: cairo_write_func_t = { closure, bytes, length in
        guard let closure else { return CAIRO_STATUS_WRITE_ERROR }
        let sink = Unmanaged<StreamSink>.fromOpaque(closure).takeUnretainedValue()
        guard let bytes, length > 0 else { return CAIRO_STATUS_SUCCESS }
        if let forward = sink.forward {
            return forward(UnsafeRawBufferPointer(start: bytes, count: Int(length))) ? CAIRO_STATUS_SUCCESS : CAIRO_STATUS_WRITE_ERROR
        }
        sink.data.append(bytes, count: Int(length))
        return CAIRO_STATUS_SUCCESS
    }
}
