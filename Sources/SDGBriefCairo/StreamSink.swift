import CCairoPango
import Foundation

/// Collects what a Cairo surface writes, so outputs never pass through a
/// temporary file.
final class StreamSink {
    private(set) var data = Data()

    /// The closure pointer to pass along with `write`. Valid while `self` lives,
    /// which the owning surface guarantees by holding the sink.
    var closure: UnsafeMutableRawPointer { Unmanaged.passUnretained(self).toOpaque() }

    static let write: cairo_write_func_t = { closure, bytes, length in
        guard let closure else { return CAIRO_STATUS_WRITE_ERROR }
        let sink = Unmanaged<StreamSink>.fromOpaque(closure).takeUnretainedValue()
        if let bytes, length > 0 {
            sink.data.append(bytes, count: Int(length))
        }
        return CAIRO_STATUS_SUCCESS
    }
}
