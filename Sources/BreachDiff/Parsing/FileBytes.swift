import Foundation

/// Reads a whole file with `open`, `fstat` and `read`.
///
/// Why not `FileHandle` and `FileManager.attributesOfItem`: for a 70 KB page they cost about
/// three times the read itself (a `Data`, an attribute dictionary with boxed values, a second
/// copy into the byte array); here the bytes go straight into the array that is returned.
enum FileBytes {
    enum Outcome: Equatable {
        case bytes([UInt8])
        case cannotOpen
        /// More than the limit: the size from `fstat`, or the bytes read when the file grew.
        case tooLarge(Int)
        /// `read` failed; the `errno` text.
        case readFailed(String)
    }

    /// The file's bytes, at most `limit` of them (more is `tooLarge`).
    static func read(path: String, limit: Int) -> Outcome {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return .cannotOpen }
        defer { close(descriptor) }
        var info = stat()
        let size = fstat(descriptor, &info) == 0 && info.st_mode & S_IFMT == S_IFREG ? Int(info.st_size) : 0
        if size > limit { return .tooLarge(size) }
        // One byte more than the size: a read that fills it shows the file grew, and the loop
        // goes on (in doubling steps) until the end of the file or one byte past the limit.
        var bytes = [UInt8](repeating: 0, count: size + 1)
        var filled = 0
        while true {
            if filled == bytes.count {
                guard bytes.count <= limit else { return .tooLarge(filled) }
                bytes.append(contentsOf: repeatElement(0, count: min(max(bytes.count, 4096), limit + 1 - bytes.count)))
            }
            let count = bytes.withUnsafeMutableBytes { buffer in
                Foundation.read(descriptor, buffer.baseAddress! + filled, buffer.count - filled)
            }
            if count < 0 {
                if errno == EINTR { continue }
                return .readFailed(String(cString: strerror(errno)))
            }
            if count == 0 { break }
            filled += count
        }
        bytes.removeLast(bytes.count - filled)
        return .bytes(bytes)
    }
}
