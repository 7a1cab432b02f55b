// USPS Publication 28 (Postal Addressing Standards) lookup tables.
// Source: https://pe.usps.com/text/pub28/ — Appendix B (state and possession abbreviations),
// Appendix C1 (street suffix abbreviations), Appendix C2 (secondary unit designators), section 233 (directionals).

/// USPS Publication 28 abbreviation tables used by the address normalizer.
///
/// All keys and values are uppercase ASCII without periods; callers are expected to uppercase and strip
/// punctuation from input tokens before looking them up.
package enum USPSTables {
    /// Appendix C1: every common street-suffix spelling or abbreviation → the USPS standard suffix abbreviation.
    ///
    /// Each group holds the primary suffix name, the standard abbreviation (mapped to itself) and every
    /// "commonly used" spelling listed in C1. C1 also lists `MDW` under MEADOWS; here `MDW` keeps its own
    /// standard meaning (MEADOW → `MDW`), because a dictionary key can only map to one value.
    package static let streetSuffixes: [String: String] = [
        "ALLEY": "ALY", "ALY": "ALY", "ALLEE": "ALY", "ALLY": "ALY",
        "ANEX": "ANX", "ANX": "ANX", "ANNEX": "ANX", "ANNX": "ANX", "ARCADE": "ARC", "ARC": "ARC",
        "AVENUE": "AVE", "AVE": "AVE", "AV": "AVE", "AVEN": "AVE", "AVENU": "AVE", "AVN": "AVE", "AVNUE": "AVE",
        "BAYOU": "BYU", "BYU": "BYU", "BAYOO": "BYU", "BEACH": "BCH", "BCH": "BCH", "BEND": "BND", "BND": "BND",
        "BLUFF": "BLF", "BLF": "BLF", "BLUF": "BLF", "BLUFFS": "BLFS", "BLFS": "BLFS",
        "BOTTOM": "BTM", "BTM": "BTM", "BOT": "BTM", "BOTTM": "BTM",
        "BOULEVARD": "BLVD", "BLVD": "BLVD", "BOUL": "BLVD", "BOULV": "BLVD", "BRANCH": "BR", "BR": "BR", "BRNCH": "BR",
        "BRIDGE": "BRG", "BRG": "BRG", "BRDGE": "BRG", "BROOK": "BRK", "BRK": "BRK", "BROOKS": "BRKS", "BRKS": "BRKS",
        "BURG": "BG", "BG": "BG", "BURGS": "BGS", "BGS": "BGS",
        "BYPASS": "BYP", "BYP": "BYP", "BYPA": "BYP", "BYPAS": "BYP", "BYPS": "BYP",
        "CAMP": "CP", "CP": "CP", "CMP": "CP", "CANYON": "CYN", "CYN": "CYN", "CANYN": "CYN", "CNYN": "CYN",
        "CAPE": "CPE", "CPE": "CPE", "CAUSEWAY": "CSWY", "CSWY": "CSWY", "CAUSWA": "CSWY",
        "CENTER": "CTR", "CTR": "CTR", "CEN": "CTR", "CENT": "CTR",
        "CENTR": "CTR", "CENTRE": "CTR", "CNTER": "CTR", "CNTR": "CTR", "CENTERS": "CTRS", "CTRS": "CTRS",
        "CIRCLE": "CIR", "CIR": "CIR", "CIRC": "CIR", "CIRCL": "CIR", "CRCL": "CIR", "CRCLE": "CIR",
        "CIRCLES": "CIRS", "CIRS": "CIRS", "CLIFF": "CLF", "CLF": "CLF", "CLIFFS": "CLFS", "CLFS": "CLFS",
        "CLUB": "CLB", "CLB": "CLB", "COMMON": "CMN", "CMN": "CMN", "COMMONS": "CMNS", "CMNS": "CMNS",
        "CORNER": "COR", "COR": "COR", "CORNERS": "CORS", "CORS": "CORS", "COURSE": "CRSE", "CRSE": "CRSE",
        "COURT": "CT", "CT": "CT", "COURTS": "CTS", "CTS": "CTS", "COVE": "CV", "CV": "CV",
        "COVES": "CVS", "CVS": "CVS", "CREEK": "CRK", "CRK": "CRK",
        "CRESCENT": "CRES", "CRES": "CRES", "CRSENT": "CRES", "CRSNT": "CRES", "CREST": "CRST", "CRST": "CRST",
        "CROSSING": "XING", "XING": "XING", "CRSSNG": "XING", "CROSSROAD": "XRD", "XRD": "XRD",
        "CROSSROADS": "XRDS", "XRDS": "XRDS", "CURVE": "CURV", "CURV": "CURV", "DALE": "DL", "DL": "DL",
        "DAM": "DM", "DM": "DM", "DIVIDE": "DV", "DV": "DV", "DIV": "DV", "DVD": "DV",
        "DRIVE": "DR", "DR": "DR", "DRIV": "DR", "DRV": "DR", "DRIVES": "DRS", "DRS": "DRS",
        "ESTATE": "EST", "EST": "EST", "ESTATES": "ESTS", "ESTS": "ESTS",
        "EXPRESSWAY": "EXPY", "EXPY": "EXPY", "EXP": "EXPY", "EXPR": "EXPY", "EXPRESS": "EXPY", "EXPW": "EXPY",
        "EXTENSION": "EXT", "EXT": "EXT", "EXTN": "EXT", "EXTNSN": "EXT", "EXTENSIONS": "EXTS", "EXTS": "EXTS",
        "FALL": "FALL", "FALLS": "FLS", "FLS": "FLS", "FERRY": "FRY", "FRY": "FRY", "FRRY": "FRY",
        "FIELD": "FLD", "FLD": "FLD", "FIELDS": "FLDS", "FLDS": "FLDS", "FLAT": "FLT", "FLT": "FLT",
        "FLATS": "FLTS", "FLTS": "FLTS", "FORD": "FRD", "FRD": "FRD", "FORDS": "FRDS", "FRDS": "FRDS",
        "FOREST": "FRST", "FRST": "FRST", "FORESTS": "FRST", "FORGE": "FRG", "FRG": "FRG", "FORG": "FRG",
        "FORGES": "FRGS", "FRGS": "FRGS", "FORK": "FRK", "FRK": "FRK", "FORKS": "FRKS", "FRKS": "FRKS",
        "FORT": "FT", "FT": "FT", "FRT": "FT",
        "FREEWAY": "FWY", "FWY": "FWY", "FREEWY": "FWY", "FRWAY": "FWY", "FRWY": "FWY",
        "GARDEN": "GDN", "GDN": "GDN", "GARDN": "GDN", "GRDEN": "GDN", "GRDN": "GDN",
        "GARDENS": "GDNS", "GDNS": "GDNS", "GRDNS": "GDNS",
        "GATEWAY": "GTWY", "GTWY": "GTWY", "GATEWY": "GTWY", "GATWAY": "GTWY", "GTWAY": "GTWY",
        "GLEN": "GLN", "GLN": "GLN", "GLENS": "GLNS", "GLNS": "GLNS", "GREEN": "GRN", "GRN": "GRN",
        "GREENS": "GRNS", "GRNS": "GRNS", "GROVE": "GRV", "GRV": "GRV", "GROV": "GRV", "GROVES": "GRVS", "GRVS": "GRVS",
        "HARBOR": "HBR", "HBR": "HBR", "HARB": "HBR", "HARBR": "HBR", "HRBOR": "HBR", "HARBORS": "HBRS", "HBRS": "HBRS",
        "HAVEN": "HVN", "HVN": "HVN", "HEIGHTS": "HTS", "HTS": "HTS", "HT": "HTS",
        "HIGHWAY": "HWY", "HWY": "HWY", "HIGHWY": "HWY", "HIWAY": "HWY", "HIWY": "HWY", "HWAY": "HWY",
        "HILL": "HL", "HL": "HL", "HILLS": "HLS", "HLS": "HLS",
        "HOLLOW": "HOLW", "HOLW": "HOLW", "HLLW": "HOLW", "HOLLOWS": "HOLW", "HOLWS": "HOLW",
        "INLET": "INLT", "INLT": "INLT", "ISLAND": "IS", "IS": "IS", "ISLND": "IS",
        "ISLANDS": "ISS", "ISS": "ISS", "ISLNDS": "ISS", "ISLE": "ISLE", "ISLES": "ISLE",
        "JUNCTION": "JCT", "JCT": "JCT", "JCTION": "JCT", "JCTN": "JCT", "JUNCTN": "JCT", "JUNCTON": "JCT",
        "JUNCTIONS": "JCTS", "JCTS": "JCTS", "JCTNS": "JCTS", "KEY": "KY", "KY": "KY", "KEYS": "KYS", "KYS": "KYS",
        "KNOLL": "KNL", "KNL": "KNL", "KNOL": "KNL", "KNOLLS": "KNLS", "KNLS": "KNLS", "LAKE": "LK", "LK": "LK",
        "LAKES": "LKS", "LKS": "LKS", "LAND": "LAND", "LANDING": "LNDG", "LNDG": "LNDG", "LNDNG": "LNDG",
        "LANE": "LN", "LN": "LN", "LIGHT": "LGT", "LGT": "LGT", "LIGHTS": "LGTS", "LGTS": "LGTS",
        "LOAF": "LF", "LF": "LF", "LOCK": "LCK", "LCK": "LCK", "LOCKS": "LCKS", "LCKS": "LCKS",
        "LODGE": "LDG", "LDG": "LDG", "LDGE": "LDG", "LODG": "LDG", "LOOP": "LOOP", "LOOPS": "LOOP", "MALL": "MALL",
        "MANOR": "MNR", "MNR": "MNR", "MANORS": "MNRS", "MNRS": "MNRS", "MEADOW": "MDW", "MDW": "MDW",
        "MEADOWS": "MDWS", "MDWS": "MDWS", "MEDOWS": "MDWS", "MEWS": "MEWS", "MILL": "ML", "ML": "ML",
        "MILLS": "MLS", "MLS": "MLS", "MISSION": "MSN", "MSN": "MSN", "MISSN": "MSN", "MSSN": "MSN",
        "MOTORWAY": "MTWY", "MTWY": "MTWY", "MOUNT": "MT", "MT": "MT", "MNT": "MT",
        "MOUNTAIN": "MTN", "MTN": "MTN", "MNTAIN": "MTN", "MNTN": "MTN", "MOUNTIN": "MTN", "MTIN": "MTN",
        "MOUNTAINS": "MTNS", "MTNS": "MTNS", "MNTNS": "MTNS", "NECK": "NCK", "NCK": "NCK",
        "ORCHARD": "ORCH", "ORCH": "ORCH", "ORCHRD": "ORCH", "OVAL": "OVAL", "OVL": "OVAL",
        "OVERPASS": "OPAS", "OPAS": "OPAS", "PARK": "PARK", "PRK": "PARK", "PARKS": "PARK",
        "PARKWAY": "PKWY", "PKWY": "PKWY", "PARKWY": "PKWY", "PKWAY": "PKWY", "PKY": "PKWY",
        "PARKWAYS": "PKWY", "PKWYS": "PKWY", "PASS": "PASS", "PASSAGE": "PSGE", "PSGE": "PSGE",
        "PATH": "PATH", "PATHS": "PATH", "PIKE": "PIKE", "PIKES": "PIKE", "PINE": "PNE", "PNE": "PNE",
        "PINES": "PNES", "PNES": "PNES", "PLACE": "PL", "PL": "PL", "PLAIN": "PLN", "PLN": "PLN",
        "PLAINS": "PLNS", "PLNS": "PLNS", "PLAZA": "PLZ", "PLZ": "PLZ", "PLZA": "PLZ", "POINT": "PT", "PT": "PT",
        "POINTS": "PTS", "PTS": "PTS", "PORT": "PRT", "PRT": "PRT", "PORTS": "PRTS", "PRTS": "PRTS",
        "PRAIRIE": "PR", "PR": "PR", "PRR": "PR", "RADIAL": "RADL", "RADL": "RADL", "RAD": "RADL", "RADIEL": "RADL",
        "RAMP": "RAMP", "RANCH": "RNCH", "RNCH": "RNCH", "RANCHES": "RNCH", "RNCHS": "RNCH",
        "RAPID": "RPD", "RPD": "RPD", "RAPIDS": "RPDS", "RPDS": "RPDS", "REST": "RST", "RST": "RST",
        "RIDGE": "RDG", "RDG": "RDG", "RDGE": "RDG", "RIDGES": "RDGS", "RDGS": "RDGS",
        "RIVER": "RIV", "RIV": "RIV", "RVR": "RIV", "RIVR": "RIV", "ROAD": "RD", "RD": "RD",
        "ROADS": "RDS", "RDS": "RDS", "ROUTE": "RTE", "RTE": "RTE", "ROW": "ROW", "RUE": "RUE", "RUN": "RUN",
        "SHOAL": "SHL", "SHL": "SHL", "SHOALS": "SHLS", "SHLS": "SHLS", "SHORE": "SHR", "SHR": "SHR", "SHOAR": "SHR",
        "SHORES": "SHRS", "SHRS": "SHRS", "SHOARS": "SHRS", "SKYWAY": "SKWY", "SKWY": "SKWY",
        "SPRING": "SPG", "SPG": "SPG", "SPNG": "SPG", "SPRNG": "SPG",
        "SPRINGS": "SPGS", "SPGS": "SPGS", "SPNGS": "SPGS", "SPRNGS": "SPGS", "SPUR": "SPUR", "SPURS": "SPUR",
        "SQUARE": "SQ", "SQ": "SQ", "SQR": "SQ", "SQRE": "SQ", "SQU": "SQ",
        "SQUARES": "SQS", "SQS": "SQS", "SQRS": "SQS", "STATION": "STA", "STA": "STA", "STATN": "STA", "STN": "STA",
        "STRAVENUE": "STRA", "STRA": "STRA", "STRAV": "STRA", "STRAVEN": "STRA",
        "STRAVN": "STRA", "STRVN": "STRA", "STRVNUE": "STRA", "STREAM": "STRM", "STRM": "STRM", "STREME": "STRM",
        "STREET": "ST", "ST": "ST", "STRT": "ST", "STR": "ST", "STREETS": "STS", "STS": "STS",
        "SUMMIT": "SMT", "SMT": "SMT", "SUMIT": "SMT", "SUMITT": "SMT", "TERRACE": "TER", "TER": "TER", "TERR": "TER",
        "THROUGHWAY": "TRWY", "TRWY": "TRWY", "TRACE": "TRCE", "TRCE": "TRCE", "TRACES": "TRCE",
        "TRACK": "TRAK", "TRAK": "TRAK", "TRACKS": "TRAK", "TRK": "TRAK", "TRKS": "TRAK",
        "TRAFFICWAY": "TRFY", "TRFY": "TRFY", "TRAIL": "TRL", "TRL": "TRL", "TRAILS": "TRL", "TRLS": "TRL",
        "TRAILER": "TRLR", "TRLR": "TRLR", "TRLRS": "TRLR",
        "TUNNEL": "TUNL", "TUNL": "TUNL", "TUNEL": "TUNL", "TUNLS": "TUNL", "TUNNELS": "TUNL", "TUNNL": "TUNL",
        "TURNPIKE": "TPKE", "TPKE": "TPKE", "TRNPK": "TPKE", "TURNPK": "TPKE", "UNDERPASS": "UPAS", "UPAS": "UPAS",
        "UNION": "UN", "UN": "UN", "UNIONS": "UNS", "UNS": "UNS",
        "VALLEY": "VLY", "VLY": "VLY", "VALLY": "VLY", "VLLY": "VLY", "VALLEYS": "VLYS", "VLYS": "VLYS",
        "VIADUCT": "VIA", "VIA": "VIA", "VDCT": "VIA", "VIADCT": "VIA", "VIEW": "VW", "VW": "VW",
        "VIEWS": "VWS", "VWS": "VWS",
        "VILLAGE": "VLG", "VLG": "VLG", "VILL": "VLG", "VILLAG": "VLG", "VILLG": "VLG", "VILLIAGE": "VLG",
        "VILLAGES": "VLGS", "VLGS": "VLGS", "VILLE": "VL", "VL": "VL",
        "VISTA": "VIS", "VIS": "VIS", "VIST": "VIS", "VST": "VIS", "VSTA": "VIS", "WALK": "WALK", "WALKS": "WALK",
        "WALL": "WALL", "WAY": "WAY", "WY": "WAY", "WAYS": "WAYS", "WELL": "WL", "WL": "WL",
        "WELLS": "WLS", "WLS": "WLS"
    ]

    /// Standard suffixes → their C1 primary name, for a suffix word that starts a street name (`AVE J` → `AVENUE J`,
    /// `Ave of the Stars` → `AVENUE OF THE STARS`); not `DR`, which there is Doctor.
    package static let suffixNamesStartingStreetNames: [String: String] = [
        "AVE": "AVENUE", "BLVD": "BOULEVARD", "CIR": "CIRCLE", "CT": "COURT", "LN": "LANE", "PKWY": "PARKWAY",
        "PL": "PLACE", "RD": "ROAD", "TER": "TERRACE",
    ]

    /// Standard suffixes that name only streets, never places, so a city name neither starts nor ends with one
    /// (unlike `HTS`, `PARK` or `SPGS`, which many city names contain).
    package static let streetOnlySuffixes: Set<String> = [
        "ALY", "ANX", "ARC", "AVE", "BLVD", "BYP", "CIR", "CIRS", "CMN", "CMNS", "CRES", "CSWY", "CT", "CTS", "CURV", "DR",
        "DRS", "EXPY", "EXT", "EXTS", "FWY", "HWY", "LN", "LOOP", "MTWY", "OPAS", "PATH", "PIKE", "PKWY", "PL", "PLZ", "RAMP",
        "RD", "RDS", "ROW", "RUE", "SKWY", "SPUR", "SQ", "SQS", "ST", "STRA", "STS", "TER", "TPKE", "TRAK", "TRCE", "TRFY",
        "TRL", "TRLR", "TRWY", "UPAS", "WALK", "WAY", "WAYS",
    ]

    /// Directionals (Pub 28 section 233): spelled-out and abbreviated single-token forms → N, S, E, W, NE, NW, SE, SW.
    package static let directionals: [String: String] = [
        "NORTH": "N", "N": "N", "SOUTH": "S", "S": "S", "EAST": "E", "E": "E", "WEST": "W", "W": "W",
        "NORTHEAST": "NE", "NE": "NE", "NORTHWEST": "NW", "NW": "NW", "SOUTHEAST": "SE", "SE": "SE",
        "SOUTHWEST": "SW", "SW": "SW"
    ]

    /// Appendix C2: secondary unit designators (spelled-out and abbreviated) → standard abbreviation.
    ///
    /// Besides the C2 names and abbreviations this includes the common misspelling `HANGER`, the common
    /// abbreviation `FLR`, and `#`, which Pub 28 (section 213) allows when the designator is unknown.
    package static let unitDesignators: [String: String] = [
        "APARTMENT": "APT", "APT": "APT", "BASEMENT": "BSMT", "BSMT": "BSMT", "BUILDING": "BLDG", "BLDG": "BLDG",
        "DEPARTMENT": "DEPT", "DEPT": "DEPT", "FLOOR": "FL", "FL": "FL", "FRONT": "FRNT", "FRNT": "FRNT",
        "HANGAR": "HNGR", "HNGR": "HNGR", "KEY": "KEY", "LOBBY": "LBBY", "LBBY": "LBBY", "LOT": "LOT",
        "LOWER": "LOWR", "LOWR": "LOWR", "OFFICE": "OFC", "OFC": "OFC", "PENTHOUSE": "PH", "PH": "PH", "PIER": "PIER",
        "REAR": "REAR", "ROOM": "RM", "RM": "RM", "SIDE": "SIDE", "SLIP": "SLIP", "SPACE": "SPC", "SPC": "SPC",
        "STOP": "STOP", "SUITE": "STE", "STE": "STE", "TRAILER": "TRLR", "TRLR": "TRLR", "UNIT": "UNIT",
        "UPPER": "UPPR", "UPPR": "UPPR", "HANGER": "HNGR", "FLR": "FL", "#": "#"
    ]

    /// Unit designators that take no secondary number (Appendix C2 designators without a range requirement).
    package static let unitDesignatorsWithoutNumber: Set<String> = [
        "BSMT", "FRNT", "LBBY", "LOWR", "OFC", "PH", "REAR", "SIDE", "UPPR"
    ]

    /// State, DC, territory and military "state" names (Appendix B), the two-letter codes themselves, and common
    /// non-standard single-token abbreviations → two-letter USPS code.
    package static let states: [String: String] = [
        // Appendix B: states, DC and possessions.
        "ALABAMA": "AL", "ALASKA": "AK", "AMERICAN SAMOA": "AS", "ARIZONA": "AZ", "ARKANSAS": "AR", "CALIFORNIA": "CA",
        "COLORADO": "CO", "CONNECTICUT": "CT", "DELAWARE": "DE", "DISTRICT OF COLUMBIA": "DC",
        "FEDERATED STATES OF MICRONESIA": "FM", "FLORIDA": "FL", "GEORGIA": "GA", "GUAM": "GU", "HAWAII": "HI",
        "IDAHO": "ID", "ILLINOIS": "IL", "INDIANA": "IN", "IOWA": "IA", "KANSAS": "KS", "KENTUCKY": "KY",
        "LOUISIANA": "LA", "MAINE": "ME", "MARSHALL ISLANDS": "MH", "MARYLAND": "MD", "MASSACHUSETTS": "MA",
        "MICHIGAN": "MI", "MINNESOTA": "MN", "MISSISSIPPI": "MS", "MISSOURI": "MO", "MONTANA": "MT", "NEBRASKA": "NE",
        "NEVADA": "NV", "NEW HAMPSHIRE": "NH", "NEW JERSEY": "NJ", "NEW MEXICO": "NM", "NEW YORK": "NY",
        "NORTH CAROLINA": "NC", "NORTH DAKOTA": "ND", "NORTHERN MARIANA ISLANDS": "MP", "OHIO": "OH", "OKLAHOMA": "OK",
        "OREGON": "OR", "PALAU": "PW", "PENNSYLVANIA": "PA", "PUERTO RICO": "PR", "RHODE ISLAND": "RI",
        "SOUTH CAROLINA": "SC", "SOUTH DAKOTA": "SD", "TENNESSEE": "TN", "TEXAS": "TX", "UTAH": "UT", "VERMONT": "VT",
        "VIRGIN ISLANDS": "VI", "VIRGINIA": "VA", "WASHINGTON": "WA", "WEST VIRGINIA": "WV", "WISCONSIN": "WI",
        "WYOMING": "WY",
        // Appendix B: Armed Forces (APO/FPO/DPO), plus alternate possession names.
        "ARMED FORCES AFRICA": "AE", "ARMED FORCES AMERICAS": "AA", "ARMED FORCES CANADA": "AE",
        "ARMED FORCES EUROPE": "AE", "ARMED FORCES MIDDLE EAST": "AE", "ARMED FORCES PACIFIC": "AP",
        "US VIRGIN ISLANDS": "VI", "MICRONESIA": "FM",
        // The two-letter codes themselves.
        "AA": "AA", "AE": "AE", "AK": "AK", "AL": "AL", "AP": "AP", "AR": "AR", "AS": "AS", "AZ": "AZ", "CA": "CA",
        "CO": "CO", "CT": "CT", "DC": "DC", "DE": "DE", "FL": "FL", "FM": "FM", "GA": "GA", "GU": "GU", "HI": "HI",
        "IA": "IA", "ID": "ID", "IL": "IL", "IN": "IN", "KS": "KS", "KY": "KY", "LA": "LA", "MA": "MA", "MD": "MD",
        "ME": "ME", "MH": "MH", "MI": "MI", "MN": "MN", "MO": "MO", "MP": "MP", "MS": "MS", "MT": "MT", "NC": "NC",
        "ND": "ND", "NE": "NE", "NH": "NH", "NJ": "NJ", "NM": "NM", "NV": "NV", "NY": "NY", "OH": "OH", "OK": "OK",
        "OR": "OR", "PA": "PA", "PR": "PR", "PW": "PW", "RI": "RI", "SC": "SC", "SD": "SD", "TN": "TN", "TX": "TX",
        "UT": "UT", "VA": "VA", "VI": "VI", "VT": "VT", "WA": "WA", "WI": "WI", "WV": "WV", "WY": "WY",
        // Common non-standard (older GPO-style) abbreviations.
        "ALA": "AL", "ARIZ": "AZ", "ARK": "AR", "CAL": "CA", "CALIF": "CA", "COLO": "CO", "CONN": "CT", "DEL": "DE",
        "FLA": "FL", "ILL": "IL", "IND": "IN", "KAN": "KS", "KANS": "KS", "MASS": "MA", "MICH": "MI", "MINN": "MN",
        "MISS": "MS", "MONT": "MT", "NEB": "NE", "NEBR": "NE", "NEV": "NV", "OKLA": "OK", "ORE": "OR", "OREG": "OR",
        "PENN": "PA", "PENNA": "PA", "TENN": "TN", "TEX": "TX", "WASH": "WA", "WIS": "WI", "WISC": "WI", "WYO": "WY"
    ]

    /// The longest state name in words (for multi-word matching), computed from `states`.
    package static let longestStateNameWordCount: Int = states.keys.map { $0.split(separator: " ").count }.max() ?? 1
}
