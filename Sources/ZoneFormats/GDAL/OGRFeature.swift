import CGDAL

/// A feature read from a layer, with exactly one owner: this object destroys it.
final class OGRFeature {
    private let handle: UnsafeMutableRawPointer

    /// Takes ownership of a feature returned by `OGR_L_GetNextFeature`.
    init(owning handle: UnsafeMutableRawPointer) {
        self.handle = handle
    }

    deinit {
        OGR_F_Destroy(handle)
    }

    /// The feature's geometry, borrowed: valid while this feature lives.
    var geometry: OGRGeometryView? {
        OGR_F_GetGeometryRef(handle).map { OGRGeometryView(handle: $0, owner: self) }
    }

    /// The value of `field`, or nil when it is unset or null.
    func value(of field: OGRField) -> OGRFieldValue? {
        if field.isFeatureID { return .integer(OGR_F_GetFID(handle)) }
        let index = field.index
        guard OGR_F_IsFieldSetAndNotNull(handle, index) != 0 else { return nil }
        var count: Int32 = 0
        switch field.type {
        case OFTInteger, OFTInteger64:
            let value = OGR_F_GetFieldAsInteger64(handle, index)
            return field.isBoolean ? .boolean(value != 0) : .integer(value)
        case OFTReal:
            return .real(OGR_F_GetFieldAsDouble(handle, index))
        case OFTIntegerList, OFTInteger64List:
            guard let values = OGR_F_GetFieldAsInteger64List(handle, index, &count) else { return .list([]) }
            return .list((0..<Int(count)).map { String(values[$0]) })
        case OFTRealList:
            guard let values = OGR_F_GetFieldAsDoubleList(handle, index, &count) else { return .list([]) }
            return .list((0..<Int(count)).map { OGRFieldValue.real(values[$0]).text })
        case OFTStringList:
            var strings: [String] = []
            var at = OGR_F_GetFieldAsStringList(handle, index)
            while let string = at?.pointee {
                strings.append(String(cString: string))
                at = at.map { $0 + 1 }
            }
            return .list(strings)
        default:
            return .text(String(cString: OGR_F_GetFieldAsString(handle, index)))
        }
    }
}
