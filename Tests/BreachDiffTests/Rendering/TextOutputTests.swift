import Foundation
import Testing
@testable import BreachDiff

/// `TextOutput` streams big files a chunk at a time: what reaches the file must be exactly what
/// was written, in order, whatever the sizes of the pieces and wherever the chunks break, and a
/// failed write must surface at `close` (renderers append without `try`).
@Suite struct TextOutputTests {
    /// Pieces of seeded sizes (1 byte to over a chunk) with non-ASCII text in them, so chunk
    /// boundaries fall inside pieces, between them and inside multi-byte characters' pieces.
    static func pieces(seed: UInt64, total: Int) -> [String] {
        var generator = ReadingBulkPathTests.Seeded(state: seed)
        let tokens = ["abc", " ", "def", "\n", "\"", "ü", "€", "—", "日本", ",", "\t"].map { Array($0.utf8) }
        // A base of random tokens, repeated and cut (never inside a character) to each piece's size.
        let base = (0..<4096).flatMap { _ in tokens.randomElement(using: &generator)! }
        var pieces: [String] = []
        var size = 0
        while size < total {
            let wanted = [1, 7, 300, 4096, 70_000, TextOutput.chunkSize + 13].randomElement(using: &generator)!
            let start = Int.random(in: 0..<base.count, using: &generator)
            var bytes = Array((base[start...] + Array(repeating: base, count: wanted / base.count + 1).joined()).prefix(wanted))
            while let last = bytes.last, last >= 0x80 {
                bytes.removeLast()   // drop a character cut at the end (and any whole one before it: fine)
            }
            pieces.append(String(decoding: bytes, as: UTF8.self))
            size += bytes.count
        }
        return pieces
    }

    static func temporaryURL() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("textoutput-\(UUID().uuidString).txt")
    }

    @Test("a file output holds exactly the pieces written, across chunk boundaries", arguments: [1, 2, 3] as [UInt64])
    func fileMatchesPieces(seed: UInt64) throws {
        let pieces = Self.pieces(seed: seed, total: 3 * TextOutput.chunkSize + 5)
        let url = Self.temporaryURL()
        defer { try? FileManager.default.removeItem(at: url) }
        let out = try TextOutput(file: url)
        for (index, piece) in pieces.enumerated() {
            // Alternate the three ways renderers append.
            switch index % 3 {
            case 0: out.write(piece)
            case 1: out.write(bytes: Array(piece.utf8))
            default: out.withBuffer { $0.append(contentsOf: piece.utf8) }
            }
        }
        try out.close()
        let written = try Data(contentsOf: url)
        #expect(written == Data(pieces.joined().utf8))
    }

    @Test("an output in memory gives back all its text")
    func memoryOutput() {
        let pieces = Self.pieces(seed: 9, total: TextOutput.chunkSize + 100)
        let out = TextOutput()
        for piece in pieces { out.write(piece) }
        #expect(out.text == pieces.joined())
        // Closing an output in memory does nothing and keeps the text.
        #expect(throws: Never.self) { try out.close() }
        #expect(out.text == pieces.joined())
    }

    @Test("a file output keeps no more than about a chunk in memory")
    func bufferStaysBounded() throws {
        let url = Self.temporaryURL()
        defer { try? FileManager.default.removeItem(at: url) }
        let out = try TextOutput(file: url)
        let line = String(repeating: "x", count: 999) + "\n"
        for _ in 0..<5_000 {
            out.write(line)
            #expect(out.bytes.count < TextOutput.chunkSize)
        }
        try out.close()
        #expect(try Data(contentsOf: url).count == 5_000 * 1_000)
    }

    @Test("a failed write is reported by close, with the path")
    func writeErrorSurfaces() throws {
        // /dev/full accepts the open and fails every write with ENOSPC.
        guard FileManager.default.fileExists(atPath: "/dev/full") else { return }
        let out = try TextOutput(file: URL(fileURLWithPath: "/dev/full"))
        out.write(String(repeating: "y", count: TextOutput.chunkSize + 1))
        out.write("more after the failure")
        let error = #expect(throws: NSError.self) { try out.close() }
        #expect(error?.code == Int(ENOSPC))
        #expect((error?.userInfo[NSFilePathErrorKey] as? String) == "/dev/full")
    }

    @Test("opening a file in a missing folder throws at once")
    func openFailure() {
        let url = URL(fileURLWithPath: "/nonexistent-\(UUID().uuidString)/out.txt")
        let error = #expect(throws: NSError.self) { _ = try TextOutput(file: url) }
        #expect(error?.code == Int(ENOENT))
    }
}
