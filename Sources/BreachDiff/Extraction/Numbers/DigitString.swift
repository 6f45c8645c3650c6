/// The digits of a number token split into whole and fractional parts, with grouping checked.
struct DigitString: Equatable {
    var integer: Int64 = 0
    var fraction: Int64 = 0
    var fractionDigits = 0
    /// Whether grouping commas were used ("693,665").
    var grouped = false

    /// Parses "37,000,000", "145.5", "99,200,936"; nil for malformed grouping ("1,23"),
    /// several decimal points ("1.2.3", a version) or more than 18 digits.
    init?(_ text: String) {
        var inFraction = false
        var groupLength = -1
        var digits = 0
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                digits += 1
                guard digits <= 18 else { return nil }
                let digit = Int64(byte - UInt8(ascii: "0"))
                if inFraction {
                    fraction = fraction * 10 + digit
                    fractionDigits += 1
                } else {
                    integer = integer * 10 + digit
                    if groupLength >= 0 { groupLength += 1 }
                }
            case UInt8(ascii: ","):
                guard !inFraction, groupLength == -1 || groupLength == 3 else { return nil }
                grouped = true
                groupLength = 0
            case UInt8(ascii: "."):
                guard !inFraction, groupLength == -1 || groupLength == 3 else { return nil }
                inFraction = true
            default:
                return nil
            }
        }
        guard groupLength == -1 || groupLength == 3 || inFraction else { return nil }
    }
}
