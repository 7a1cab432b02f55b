import Foundation
import Testing

@testable import CurbsideAPI

@Suite struct RFC3339DateTests {
    /// Every valid date-time agrees with Foundation's Gregorian calendar.
    @Test func agreesWithTheGregorianCalendar() throws {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = try #require(TimeZone(identifier: "UTC"))
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<20_000 {
            let components = DateComponents(
                year: Int.random(in: 1700...2400, using: &generator), month: Int.random(in: 1...12, using: &generator),
                day: Int.random(in: 1...28, using: &generator), hour: Int.random(in: 0...23, using: &generator),
                minute: Int.random(in: 0...59, using: &generator), second: Int.random(in: 0...59, using: &generator)
            )
            let expected = try #require(calendar.date(from: components))
            let text = String(
                format: "%04d-%02d-%02dT%02d:%02d:%02dZ", components.year!, components.month!, components.day!,
                components.hour!, components.minute!, components.second!
            )
            #expect(RFC3339Date.parse(text) == expected, "\(text)")
            let offsetText = text.dropLast() + "-05:30"
            #expect(RFC3339Date.parse(String(offsetText)) == expected.addingTimeInterval(5.5 * 3600), "\(offsetText)")
        }
    }

    @Test func leapDaysFractionsAndPlainDates() throws {
        #expect(RFC3339Date.parse("2024-02-29") == Date(timeIntervalSince1970: 1_709_164_800))
        #expect(RFC3339Date.parse("2000-02-29T00:00:00Z") == Date(timeIntervalSince1970: 951_782_400))
        #expect(RFC3339Date.parse("1970-01-01T00:00:00.250Z") == Date(timeIntervalSince1970: 0.25))
        #expect(RFC3339Date.parse("1970-01-01t01:00:00+01:00") == Date(timeIntervalSince1970: 0))
    }

    @Test(arguments: [
        "", "2024", "2024-1-01", "2023-02-29", "1900-02-29", "2024-04-31", "2024-00-10", "2024-13-01", "2024-01-01T24:00:00Z",
        "2024-01-01T12:60:00Z", "2024-01-01T12:00:60Z", "2024-01-01T12:00:00", "2024-01-01T12:00:00.Z", "2024-01-01T12:00Z",
        "2024-01-01T12:00:00+0100", "2024-01-01T12:00:00+24:00", "2024-01-01T12:00:00Z ", " 2024-01-01", "２０２４-01-01",
    ])
    func outOfRangeAndMalformedTextIsRefused(_ text: String) {
        #expect(RFC3339Date.parse(text) == nil, "\(text)")
    }
}
