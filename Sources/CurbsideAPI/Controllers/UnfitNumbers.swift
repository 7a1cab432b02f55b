import Foundation

/// Where a body that is valid JSON holds numbers an integer field cannot take: Foundation's decoder reports a
/// fraction or an out-of-range number for an `Int` as "not valid JSON", without the field.
enum UnfitNumbers {
    /// The paths (`price_cents`, `customers[2].bin_count`) of numbers that are not whole or not within
    /// ±9.2 × 10^18; nil when `data` is not valid JSON at all.
    static func paths(in data: Data) -> [String]? {
        guard let root = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]) else { return nil }
        var paths: [String] = []
        collect(root, path: "", into: &paths)
        return paths
    }

    private static func collect(_ value: Any, path: String, into paths: inout [String]) {
        switch value {
        case let object as [String: Any]:
            for key in object.keys.sorted() { collect(object[key]!, path: path.isEmpty ? key : "\(path).\(key)", into: &paths) }
        case let array as [Any]:
            for (index, element) in array.enumerated() { collect(element, path: "\(path)[\(index)]", into: &paths) }
        case let number as NSNumber where String(cString: number.objCType) != "c":  // "c": true or false
            let double = number.doubleValue
            if double.rounded(.towardZero) != double || abs(double) >= 9.2e18 { paths.append(path.isEmpty ? "the body" : path) }
        default:
            break
        }
    }
}
