// City-name words as the USPS abbreviates them in the City State Product's 13-character names
// ("CLEVELAND HTS", "COLORADO SPGS", "ELK GRV VLG"), plus the Saint/Fort/Mount forms.

extension USPSTables {
    /// An abbreviated city-name word → the word spelled out (`HTS` → `HEIGHTS`, `ST` → `SAINT`).
    ///
    /// Applied to every word of a city name, so `Maple Hts` and `Maple Heights` share one form.
    package static let cityWordAbbreviations: [String: String] = [
        "ST": "SAINT", "STE": "SAINTE", "FT": "FORT", "MT": "MOUNT", "PT": "POINT",
        "HTS": "HEIGHTS", "HGTS": "HEIGHTS", "SPGS": "SPRINGS", "SPRGS": "SPRINGS", "SPG": "SPRING",
        "VLG": "VILLAGE", "VLGS": "VILLAGES", "TWP": "TOWNSHIP", "VY": "VALLEY", "VLY": "VALLEY",
        "HL": "HILL", "HLS": "HILLS", "JCT": "JUNCTION", "CTR": "CENTER", "BCH": "BEACH",
        "GDNS": "GARDENS", "GDN": "GARDEN", "GRV": "GROVE", "HBR": "HARBOR", "IS": "ISLAND", "ISL": "ISLAND",
        "MTN": "MOUNTAIN", "CRK": "CREEK", "FLS": "FALLS", "STA": "STATION", "PLNS": "PLAINS",
        "LK": "LAKE", "LKS": "LAKES", "PK": "PARK", "CY": "CITY",
    ]

    /// A one-letter directional leading a city name → the word (`N Las Vegas` → `NORTH LAS VEGAS`).
    package static let cityDirectionWords: [String: String] = ["N": "NORTH", "S": "SOUTH", "E": "EAST", "W": "WEST"]
}
