import ZoneIndex

/// The fields of one layer that hold each zone attribute, and the reading of a feature's attributes through them.
struct LayerFields {
    private let fields: [ZoneField: OGRField]

    /// The layer's fields for each attribute: those `mapping` names, else the first of the usual names found.
    /// The feature id column (`OBJECTID`, `fid`, a shapefile's `FID`) serves as a zone id only when named.
    ///
    /// - Throws: `ZoneSourceError.missingField` when a named field is not in the layer or no id field is found.
    init(layer: OGRLayer, mapping: ZoneFieldMapping) throws(ZoneSourceError) {
        let attributes = layer.fields
        let featureID = layer.featureIDField
        var fields: [ZoneField: OGRField] = [:]
        for role in ZoneField.allCases {
            let available = role == .id && mapping.id != nil ? attributes + [featureID] : attributes
            let wanted = mapping[role].map { [$0] } ?? role.usualNames
            let found = wanted.lazy.compactMap { name in
                available.first { $0.name == name } ?? available.first { $0.name.lowercased() == name.lowercased() }
            }.first
            if let found {
                fields[role] = found
            } else if mapping[role] != nil || role == .id {
                throw .missingField(role, name: mapping[role], layer: layer.name, fields: attributes.map(\.name))
            }
        }
        self.fields = fields
    }

    /// The zone attributes and geometry of `feature`; values that cannot be read become the fields' problems.
    func zoneFields(of feature: OGRFeature) -> ZoneFeatureFields {
        var problems: [String] = []
        func value(_ role: ZoneField) -> OGRFieldValue? {
            fields[role].flatMap(feature.value(of:))
        }
        let priority = value(.priority).flatMap { value -> Int? in
            guard let int = value.integer else {
                problems.append("\(fields[.priority]!.name) '\(value.text)' is not an integer")
                return nil
            }
            return int
        }
        let isActive = value(.active).flatMap { value -> Bool? in
            guard let flag = value.flag else {
                problems.append("\(fields[.active]!.name) '\(value.text)' is not true or false (yes/no, 1/0, Y/N)")
                return nil
            }
            return flag
        }
        let name = value(.name)?.text
        return ZoneFeatureFields(
            id: value(.id)?.text,
            name: name?.isEmpty == true ? nil : name,
            zipCodes: value(.zip)?.zipCodes ?? [],
            priority: priority,
            isActive: isActive,
            geometry: feature.geometry?.zoneGeometry ?? .missing,
            problems: problems,
            idOrigin: "field \(fields[.id]!.name)",
            zipField: fields[.zip]?.name ?? "zip"
        )
    }
}
