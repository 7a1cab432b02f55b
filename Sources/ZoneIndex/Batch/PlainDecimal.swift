/// Plain decimals (`-?digits[.digits]`) read into the double `strtod` gives, without calling it.
///
/// Up to 15 significant digits, the digits and the power of ten are both exact doubles and one division is
/// correctly rounded (Clinger's fast path). Up to 19 digits, the digits times a 128-bit power of ten decide the
/// double unless the product falls within its error of a rounding boundary (the Eisel–Lemire algorithm, as in Go's
/// `strconv`). Anything else, and those rare ambiguous cases, are nil: the caller asks `strtod`.
package enum PlainDecimal {
    /// The value of `bytes[range]`, or nil when this reader cannot be sure of it.
    @inline(__always)
    static func parse(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Double? {
        var i = range.lowerBound
        guard i < range.upperBound else { return nil }
        let negative = bytes[i] == UInt8(ascii: "-")
        if negative { i += 1 }
        var mantissa: UInt64 = 0
        var digits = 0
        var significant = 0
        var fraction = 0
        var seenPoint = false
        while i < range.upperBound {
            let byte = bytes[i]
            if byte >= 0x30 && byte <= 0x39 {
                mantissa = mantissa &* 10 &+ UInt64(byte &- 0x30)
                digits += 1
                if mantissa != 0 { significant += 1 }
                if seenPoint { fraction += 1 }
            } else if byte == UInt8(ascii: "."), !seenPoint {
                seenPoint = true
            } else {
                return nil
            }
            i += 1
        }
        guard digits > 0, significant <= 19 else { return nil }
        if significant <= 15 && fraction <= 22 {
            let value = Double(mantissa) / exactPowersOfTen[fraction]
            return negative ? -value : value
        }
        guard let value = eiselLemire(mantissa, exponent: -fraction) else { return nil }
        return negative ? -value : value
    }

    /// `mantissa × 10^exponent` correctly rounded, or nil when the 128-bit product cannot decide it.
    package static func eiselLemire(_ mantissa: UInt64, exponent: Int) -> Double? {
        if mantissa == 0 { return 0 }
        guard exponent >= minimumExponent, exponent <= minimumExponent + powersOfTen.count - 1 else { return nil }
        let power = powersOfTen[exponent - minimumExponent]
        let zeros = mantissa.leadingZeroBitCount
        let man = mantissa << UInt64(zeros)
        // floor(exponent × log2(10)) + 64 + the bias, less the normalising shift.
        var exponent2 = UInt64(bitPattern: Int64(((217_706 * exponent) >> 16) + 64 + 1023 - zeros))
        var (high, low) = man.multipliedFullWidth(by: power.high)
        if high & 0x1FF == 0x1FF && low &+ man < man {
            let (yHigh, yLow) = man.multipliedFullWidth(by: power.low)
            var mergedHigh = high
            let mergedLow = low &+ yHigh
            if mergedLow < low { mergedHigh &+= 1 }
            if mergedHigh & 0x1FF == 0x1FF && mergedLow &+ 1 == 0 && yLow &+ man < man { return nil }
            (high, low) = (mergedHigh, mergedLow)
        }
        let topBit = high >> 63
        var bits = high >> (topBit + 9)
        exponent2 &-= 1 ^ topBit
        // Exactly half-way between two doubles: leave round-half-even to strtod.
        if low == 0 && high & 0x1FF == 0 && bits & 3 == 1 { return nil }
        bits += bits & 1
        bits >>= 1
        if bits >> 53 > 0 {
            bits >>= 1
            exponent2 &+= 1
        }
        // Subnormal, infinite or NaN.
        if exponent2 &- 1 >= 0x7FF - 1 { return nil }
        return Double(bitPattern: exponent2 << 52 | bits & 0x000F_FFFF_FFFF_FFFF)
    }

    /// Powers of ten that doubles hold exactly.
    private static let exactPowersOfTen: [Double] = (0...22).map { (0..<$0).reduce(1.0) { r, _ in r * 10 } }

    private static let minimumExponent = -40

    // Generated with Python: for 10^e, e >= 0, the value shifted into [2^127, 2^128) and truncated; for e < 0,
    // floor(2^k / 10^-e) with the k that puts it in [2^127, 2^128).
    /// Powers of ten from 1e-40 to 1e40, each as the 128 bits below its leading one, rounded down: (high, low).
    private static let powersOfTen: [(high: UInt64, low: UInt64)] = [
        (0x8B61313BBABCE2C6, 0x2323AC4B3B3DA015), // 1e-40
        (0xAE397D8AA96C1B77, 0xABEC975E0A0D081A), // 1e-39
        (0xD9C7DCED53C72255, 0x96E7BD358C904A21), // 1e-38
        (0x881CEA14545C7575, 0x7E50D64177DA2E54), // 1e-37
        (0xAA242499697392D2, 0xDDE50BD1D5D0B9E9), // 1e-36
        (0xD4AD2DBFC3D07787, 0x955E4EC64B44E864), // 1e-35
        (0x84EC3C97DA624AB4, 0xBD5AF13BEF0B113E), // 1e-34
        (0xA6274BBDD0FADD61, 0xECB1AD8AEACDD58E), // 1e-33
        (0xCFB11EAD453994BA, 0x67DE18EDA5814AF2), // 1e-32
        (0x81CEB32C4B43FCF4, 0x80EACF948770CED7), // 1e-31
        (0xA2425FF75E14FC31, 0xA1258379A94D028D), // 1e-30
        (0xCAD2F7F5359A3B3E, 0x096EE45813A04330), // 1e-29
        (0xFD87B5F28300CA0D, 0x8BCA9D6E188853FC), // 1e-28
        (0x9E74D1B791E07E48, 0x775EA264CF55347D), // 1e-27
        (0xC612062576589DDA, 0x95364AFE032A819D), // 1e-26
        (0xF79687AED3EEC551, 0x3A83DDBD83F52204), // 1e-25
        (0x9ABE14CD44753B52, 0xC4926A9672793542), // 1e-24
        (0xC16D9A0095928A27, 0x75B7053C0F178293), // 1e-23
        (0xF1C90080BAF72CB1, 0x5324C68B12DD6338), // 1e-22
        (0x971DA05074DA7BEE, 0xD3F6FC16EBCA5E03), // 1e-21
        (0xBCE5086492111AEA, 0x88F4BB1CA6BCF584), // 1e-20
        (0xEC1E4A7DB69561A5, 0x2B31E9E3D06C32E5), // 1e-19
        (0x9392EE8E921D5D07, 0x3AFF322E62439FCF), // 1e-18
        (0xB877AA3236A4B449, 0x09BEFEB9FAD487C2), // 1e-17
        (0xE69594BEC44DE15B, 0x4C2EBE687989A9B3), // 1e-16
        (0x901D7CF73AB0ACD9, 0x0F9D37014BF60A10), // 1e-15
        (0xB424DC35095CD80F, 0x538484C19EF38C94), // 1e-14
        (0xE12E13424BB40E13, 0x2865A5F206B06FB9), // 1e-13
        (0x8CBCCC096F5088CB, 0xF93F87B7442E45D3), // 1e-12
        (0xAFEBFF0BCB24AAFE, 0xF78F69A51539D748), // 1e-11
        (0xDBE6FECEBDEDD5BE, 0xB573440E5A884D1B), // 1e-10
        (0x89705F4136B4A597, 0x31680A88F8953030), // 1e-9
        (0xABCC77118461CEFC, 0xFDC20D2B36BA7C3D), // 1e-8
        (0xD6BF94D5E57A42BC, 0x3D32907604691B4C), // 1e-7
        (0x8637BD05AF6C69B5, 0xA63F9A49C2C1B10F), // 1e-6
        (0xA7C5AC471B478423, 0x0FCF80DC33721D53), // 1e-5
        (0xD1B71758E219652B, 0xD3C36113404EA4A8), // 1e-4
        (0x83126E978D4FDF3B, 0x645A1CAC083126E9), // 1e-3
        (0xA3D70A3D70A3D70A, 0x3D70A3D70A3D70A3), // 1e-2
        (0xCCCCCCCCCCCCCCCC, 0xCCCCCCCCCCCCCCCC), // 1e-1
        (0x8000000000000000, 0x0000000000000000), // 1e0
        (0xA000000000000000, 0x0000000000000000), // 1e1
        (0xC800000000000000, 0x0000000000000000), // 1e2
        (0xFA00000000000000, 0x0000000000000000), // 1e3
        (0x9C40000000000000, 0x0000000000000000), // 1e4
        (0xC350000000000000, 0x0000000000000000), // 1e5
        (0xF424000000000000, 0x0000000000000000), // 1e6
        (0x9896800000000000, 0x0000000000000000), // 1e7
        (0xBEBC200000000000, 0x0000000000000000), // 1e8
        (0xEE6B280000000000, 0x0000000000000000), // 1e9
        (0x9502F90000000000, 0x0000000000000000), // 1e10
        (0xBA43B74000000000, 0x0000000000000000), // 1e11
        (0xE8D4A51000000000, 0x0000000000000000), // 1e12
        (0x9184E72A00000000, 0x0000000000000000), // 1e13
        (0xB5E620F480000000, 0x0000000000000000), // 1e14
        (0xE35FA931A0000000, 0x0000000000000000), // 1e15
        (0x8E1BC9BF04000000, 0x0000000000000000), // 1e16
        (0xB1A2BC2EC5000000, 0x0000000000000000), // 1e17
        (0xDE0B6B3A76400000, 0x0000000000000000), // 1e18
        (0x8AC7230489E80000, 0x0000000000000000), // 1e19
        (0xAD78EBC5AC620000, 0x0000000000000000), // 1e20
        (0xD8D726B7177A8000, 0x0000000000000000), // 1e21
        (0x878678326EAC9000, 0x0000000000000000), // 1e22
        (0xA968163F0A57B400, 0x0000000000000000), // 1e23
        (0xD3C21BCECCEDA100, 0x0000000000000000), // 1e24
        (0x84595161401484A0, 0x0000000000000000), // 1e25
        (0xA56FA5B99019A5C8, 0x0000000000000000), // 1e26
        (0xCECB8F27F4200F3A, 0x0000000000000000), // 1e27
        (0x813F3978F8940984, 0x4000000000000000), // 1e28
        (0xA18F07D736B90BE5, 0x5000000000000000), // 1e29
        (0xC9F2C9CD04674EDE, 0xA400000000000000), // 1e30
        (0xFC6F7C4045812296, 0x4D00000000000000), // 1e31
        (0x9DC5ADA82B70B59D, 0xF020000000000000), // 1e32
        (0xC5371912364CE305, 0x6C28000000000000), // 1e33
        (0xF684DF56C3E01BC6, 0xC732000000000000), // 1e34
        (0x9A130B963A6C115C, 0x3C7F400000000000), // 1e35
        (0xC097CE7BC90715B3, 0x4B9F100000000000), // 1e36
        (0xF0BDC21ABB48DB20, 0x1E86D40000000000), // 1e37
        (0x96769950B50D88F4, 0x1314448000000000), // 1e38
        (0xBC143FA4E250EB31, 0x17D955A000000000), // 1e39
        (0xEB194F8E1AE525FD, 0x5DCFAB0800000000), // 1e40
    ]
}
