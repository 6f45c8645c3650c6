import Foundation

/// Where a text renderer writes its file: UTF-8 bytes gathered in a buffer and, when the output
/// is a file, written out each time the buffer passes `chunkSize`.
///
/// Why: a 2,000-document folder gives a `report.html` of 170 MB. Rendering it into one `String`
/// and copying that into `Data` held the file twice in memory (plus the string's growth copies);
/// streaming holds one chunk. Bytes rather than `String` appends, because appending to a `String`
/// piece by piece re-checks its storage on every call.
public final class TextOutput {
    /// Buffered bytes are written to the file once there are this many.
    static let chunkSize = 1 << 20

    /// Bytes not yet written to the file (all bytes, for an output in memory).
    private(set) var bytes: [UInt8] = []
    private var file: UnsafeMutablePointer<FILE>?
    private var path = ""
    /// The first write error (`errno`), reported by `close`: renderers append without `try`.
    private var failure: Int32?

    /// An output kept in memory (`text` gives it back).
    public init() {
        bytes.reserveCapacity(1 << 12)
    }

    /// An output into a new file at `url`, replaced if it exists.
    public init(file url: URL) throws {
        path = url.path
        guard let handle = fopen(path, "w") else { throw Self.error(errno, path) }
        file = handle
        bytes.reserveCapacity(Self.chunkSize + (1 << 16))
    }

    deinit {
        if let file { fclose(file) }
    }

    /// Everything written so far, for an output in memory.
    public var text: String { String(decoding: bytes, as: UTF8.self) }

    /// Appends `text` as UTF-8.
    public func write(_ text: String) {
        var text = text
        text.withUTF8 { bytes.append(contentsOf: $0) }
        flushIfFull()
    }

    /// Appends raw bytes (valid UTF-8 by the caller's construction).
    public func write<Bytes: Sequence>(bytes more: Bytes) where Bytes.Element == UInt8 {
        bytes.append(contentsOf: more)
        flushIfFull()
    }

    /// Gives the buffer to `body` to append to directly (escapers that work byte by byte).
    func withBuffer(_ body: (inout [UInt8]) -> Void) {
        body(&bytes)
        flushIfFull()
    }

    /// Writes the rest of the buffer and closes the file; throws the first write error.
    public func close() throws {
        guard let handle = file else { return }
        flush()
        file = nil
        if fclose(handle) != 0, failure == nil { failure = errno }
        if let failure { throw Self.error(failure, path) }
    }

    private func flushIfFull() {
        if file != nil, bytes.count >= Self.chunkSize { flush() }
    }

    private func flush() {
        guard let file, !bytes.isEmpty else { return }
        let written = bytes.withUnsafeBytes { fwrite($0.baseAddress, 1, $0.count, file) }
        if written != bytes.count, failure == nil { failure = errno }
        bytes.removeAll(keepingCapacity: true)
    }

    static func error(_ code: Int32, _ path: String) -> NSError {
        NSError(domain: NSPOSIXErrorDomain, code: Int(code),
                userInfo: [NSLocalizedDescriptionKey: String(cString: strerror(code)), NSFilePathErrorKey: path])
    }
}
