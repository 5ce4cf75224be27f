import Foundation
import SDGBriefCore
import ZIPFoundation

/// The workbook's ZIP container, assembled with ZIPFoundation in a temporary
/// file and then streamed out.
///
/// ZIPFoundation writes an entry's header, then its data, then goes back to
/// the header for the sizes and checksum, so it needs a file it can seek in;
/// an artifact stream only goes forward. In memory the archive of a large
/// report would grow with it; a temporary file keeps memory flat.
///
/// Every entry gets the same date and permissions and the same compression,
/// and entries are added in a fixed order, so the same workbook gives the
/// same bytes.
final class XLSXPackageWriter {
    /// Large enough that deflating costs little per call.
    static let chunkSize = 256 * 1024

    private let archive: Archive
    private let file: XLSXScratchFile
    private let date: Date

    /// `date` is every entry's modification date (ZIP keeps it to two
    /// seconds, from 1980 on).
    init(date: Date) throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent(".sdgbrief-workbook-\(UUID().uuidString).zip")
        do {
            archive = try Archive(url: url, accessMode: .create)
        } catch {
            throw ExportScratchError(message: "cannot create a temporary file in \(url.deletingLastPathComponent().path): \(error)")
        }
        file = try XLSXScratchFile(readingAndRemoving: url)
        self.date = date
    }

    func add(_ path: String, text: String) throws {
        let data = Data(text.utf8)
        try add(path, size: Int64(data.count)) { position, size in
            data.subdata(in: Int(position) ..< Int(position) + size)
        }
    }

    /// Adds an entry of `size` bytes that `provider` hands over a piece at a
    /// time, at the position and of the size asked.
    func add(_ path: String, size: Int64, provider: @escaping (Int64, Int) throws -> Data) throws {
        try archive.addEntry(
            with: path, type: .file, uncompressedSize: size, modificationDate: date,
            permissions: 0o644, compressionMethod: .deflate, bufferSize: Self.chunkSize, provider: provider
        )
    }

    /// Streams the finished archive.
    func copy(into stream: any ArtifactStream) throws {
        _ = try file.rewind()
        while true {
            let chunk = file.read(Self.chunkSize)
            if chunk.isEmpty { break }
            try stream.write(chunk)
        }
    }
}
