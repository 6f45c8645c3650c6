// libFuzzer entry point, compiled into the library's own module by Fuzz/build.sh (never by
// SwiftPM: this folder is outside every target). Being inside the module lets it reach the
// internal reader types, so one input exercises sniffing, decoding, libxml2, the plain-text
// reader, the SGML wrapper, metadata, sentence splitting and every extractor.

/// The reader and the extractor, configured as the pipeline uses them.
private let reader = DocumentReader(maximumBytes: 4 << 20)
private let extractor = FactExtractor()

/// The extensions the first input byte chooses between, so the same bytes reach the HTML
/// path (by extension) and the content-sniffed path.
private let extensions = ["html", "txt", "htm", "xhtml", "md", ""]

/// Called by libFuzzer once per input. Any crash, sanitizer report, leak or timeout is a finding.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data, size > 0 else { return 0 }
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let fileExtension = extensions[Int(bytes[0]) % extensions.count]
    let fileName = fileExtension.isEmpty ? "input" : "input." + fileExtension
    let documents = reader.read(bytes: bytes, file: fileName, fileName: fileName)
    for document in documents {
        let scalars = Array(document.text.unicodeScalars)
        for block in document.blocks {
            // Offsets are the contract every later stage relies on: check them, do not trust them.
            precondition(block.start >= 0 && block.start <= block.end && block.end <= scalars.count,
                         "block offsets outside the text")
            precondition(String(String.UnicodeScalarView(scalars[block.start..<block.end])) == block.text,
                         "block text differs from text[start..<end]")
        }
        for fact in extractor.extract(from: document) {
            precondition(fact.start >= 0 && fact.start <= fact.end && fact.end <= scalars.count,
                         "fact offsets outside the text")
            precondition(String(String.UnicodeScalarView(scalars[fact.start..<fact.end])) == fact.quote,
                         "fact quote differs from text[start..<end]")
        }
    }
    return 0
}
