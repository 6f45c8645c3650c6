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
        // One byte more than the size, uninitialised (a zero fill cost as much as the read): a
        // read that fills it shows the file grew, and the rest is read in chunks until the end
        // of the file or one byte past the limit.
        var failure: Int32 = 0
        var bytes = [UInt8](unsafeUninitializedCapacity: size + 1) { buffer, initialized in
            initialized = 0
            failure = fill(buffer, from: descriptor, count: &initialized)
        }
        if failure != 0 { return .readFailed(String(cString: strerror(failure))) }
        if bytes.count == size + 1 {
            failure = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 65_536) { chunk in
                while bytes.count <= limit {
                    var read = 0
                    let error = fill(chunk, from: descriptor, count: &read)
                    bytes.append(contentsOf: UnsafeBufferPointer(rebasing: chunk[..<read]))
                    if error != 0 || read < chunk.count { return error }
                }
                return 0
            }
            if failure != 0 { return .readFailed(String(cString: strerror(failure))) }
            if bytes.count > limit { return .tooLarge(bytes.count) }
        }
        return .bytes(bytes)
    }

    /// Reads into `buffer` until it is full or the file ends; `count` is the number of bytes
    /// read. Returns 0, or the `errno` of a failed read.
    private static func fill(_ buffer: UnsafeMutableBufferPointer<UInt8>, from descriptor: Int32, count: inout Int) -> Int32 {
        guard let base = buffer.baseAddress else { return 0 }
        while count < buffer.count {
            let read = Foundation.read(descriptor, base + count, buffer.count - count)
            if read < 0 {
                if errno == EINTR { continue }
                return errno
            }
            if read == 0 { break }
            count += read
        }
        return 0
    }
}
