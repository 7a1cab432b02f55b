// Numbered highway names, from USPS Publication 28 Appendix F (Highway-style addresses) and common local forms
// (Wisconsin `CTH`/`STH`, Texas `FM` and `SH`).

extension USPSTables {
    /// A highway name's spelling, in words → its standard form (`CO RD` → `COUNTY ROAD`, `SR` → `STATE ROUTE`).
    ///
    /// The highway number (or county-road letters) follows the name: `CR 12` → `COUNTY ROAD 12`.
    /// `SR` is read as `STATE ROUTE` (Pub 28 lists it under both state road and state route).
    package static let highwayNames: [String: String] = [
        "COUNTY HIGHWAY": "COUNTY HIGHWAY", "COUNTY HWY": "COUNTY HIGHWAY", "CNTY HWY": "COUNTY HIGHWAY",
        "CTY HWY": "COUNTY HIGHWAY", "CO HWY": "COUNTY HIGHWAY", "CO HIGHWAY": "COUNTY HIGHWAY", "CTH": "COUNTY HIGHWAY",
        "COUNTY ROAD": "COUNTY ROAD", "COUNTY RD": "COUNTY ROAD", "CNTY RD": "COUNTY ROAD", "CNTY ROAD": "COUNTY ROAD",
        "CTY RD": "COUNTY ROAD", "CTY ROAD": "COUNTY ROAD", "CO RD": "COUNTY ROAD", "CO ROAD": "COUNTY ROAD", "CR": "COUNTY ROAD",
        "COUNTY ROUTE": "COUNTY ROUTE", "COUNTY RTE": "COUNTY ROUTE", "COUNTY RT": "COUNTY ROUTE", "CO RTE": "COUNTY ROUTE",
        "FM": "FM", "FARM TO MARKET": "FM", "FARM TO MARKET RD": "FM", "FARM TO MARKET ROAD": "FM", "HWY FM": "FM",
        "HIGHWAY": "HIGHWAY", "HWY": "HIGHWAY", "HIWAY": "HIGHWAY", "HIWY": "HIGHWAY", "HWAY": "HIGHWAY", "HIGHWY": "HIGHWAY",
        "INTERSTATE": "INTERSTATE", "INTERSTATE HWY": "INTERSTATE", "INTERSTATE HIGHWAY": "INTERSTATE", "I": "INTERSTATE",
        "IH": "INTERSTATE",
        "RANCH ROAD": "RANCH ROAD", "RANCH RD": "RANCH ROAD", "RR": "RANCH ROAD",
        "ROUTE": "ROUTE", "RTE": "ROUTE", "RT": "ROUTE",
        "STATE HIGHWAY": "STATE HIGHWAY", "STATE HWY": "STATE HIGHWAY", "ST HWY": "STATE HIGHWAY", "ST HIGHWAY": "STATE HIGHWAY",
        "SH": "STATE HIGHWAY", "STH": "STATE HIGHWAY",
        "STATE ROAD": "STATE ROAD", "STATE RD": "STATE ROAD", "ST RD": "STATE ROAD", "ST ROAD": "STATE ROAD",
        "STATE ROUTE": "STATE ROUTE", "STATE RTE": "STATE ROUTE", "STATE RT": "STATE ROUTE", "ST RTE": "STATE ROUTE",
        "ST RT": "STATE ROUTE", "ST ROUTE": "STATE ROUTE", "SR": "STATE ROUTE",
        "TOWNSHIP ROAD": "TOWNSHIP ROAD", "TOWNSHIP RD": "TOWNSHIP ROAD", "TWP RD": "TOWNSHIP ROAD", "TWP ROAD": "TOWNSHIP ROAD",
        "TOWNSHIP HIGHWAY": "TOWNSHIP HIGHWAY", "TOWNSHIP HWY": "TOWNSHIP HIGHWAY", "TWP HWY": "TOWNSHIP HIGHWAY",
        "US HIGHWAY": "US HIGHWAY", "US HWY": "US HIGHWAY", "US HIWAY": "US HIGHWAY", "US": "US HIGHWAY", "USH": "US HIGHWAY",
        "U S HIGHWAY": "US HIGHWAY", "U S HWY": "US HIGHWAY", "U S": "US HIGHWAY",
        "US ROUTE": "US ROUTE", "US RTE": "US ROUTE", "US RT": "US ROUTE",
    ]

    /// Highway spellings that are also ordinary words or abbreviations, so only a number may follow them (`I 35`, not `I ST`).
    package static let highwayNamesNeedingNumber: Set<String> = [
        "I", "IH", "US", "USH", "U S", "CR", "SR", "SH", "STH", "FM", "RR", "RT", "RTE", "ROUTE",
    ]

    /// Standard highway names whose "number" may be letters (`COUNTY ROAD KK`, `HIGHWAY E` in Wisconsin).
    package static let letteredHighways: Set<String> = ["COUNTY HIGHWAY", "COUNTY ROAD", "COUNTY ROUTE", "HIGHWAY"]

    /// Every spelling in `highwayNames` and every run of its first words (`FARM`, `FARM TO`, …), to stop looking early.
    package static let highwayNamePrefixes: Set<String> = Set(highwayNames.keys.flatMap { spelling in
        let words = spelling.split(separator: " ")
        return (1...words.count).map { words.prefix($0).joined(separator: " ") }
    })
}
