import Foundation

extension CustomerService {
    /// `changes` to every field but the address and coordinates, checked.
    static func applyFields(_ changes: CustomerChanges, to customer: inout Customer) throws(CustomerError) {
        customer.firstName = FieldRules.trimmed(changes.firstName.applied(to: customer.firstName))
        customer.lastName = FieldRules.trimmed(changes.lastName.applied(to: customer.lastName))
        if case .set(let name) = changes.name {
            guard let name = FieldRules.trimmed(name) else { throw .invalid(field: "name", reason: "must not be empty") }
            customer.name = name
        } else if case .cleared = changes.name {
            throw .invalid(field: "name", reason: "must not be null")
        }
        if !changes.firstName.isUnchanged || !changes.lastName.isUnchanged {
            if let composed = FieldRules.composedName(name: nil, firstName: customer.firstName, lastName: customer.lastName) { customer.name = composed }
        }
        if !changes.email.isUnchanged { customer.email = try FieldRules.email(changes.email.value) }
        customer.phone = FieldRules.trimmed(changes.phone.applied(to: customer.phone))
        customer.notes = changes.notes.applied(to: customer.notes)
        customer.customFieldsJSON = try FieldRules.customFields(changes.customFieldsJSON.applied(to: customer.customFieldsJSON))
        customer.enrolledAt = changes.enrolledAt.applied(to: customer.enrolledAt)
        customer.servicePlanID = FieldRules.trimmed(changes.servicePlanID.applied(to: customer.servicePlanID))
        customer.serviceZoneID = FieldRules.trimmed(changes.serviceZoneID.applied(to: customer.serviceZoneID))
        if !changes.serviceZoneID.isUnchanged { customer.quality.method = customer.serviceZoneID == nil ? ZoneMatchMethod.none : .manual }
        switch changes.billingStatus {
        case .unchanged: break
        case .cleared: throw .invalid(field: "billing_status", reason: "must be one of active, pending, paused, canceled")
        case .set(let text): customer.billingStatus = try FieldRules.billingStatus(text) ?? customer.billingStatus
        }
    }

    /// `changes` to the address and coordinates, with `placement` the outcome of placing a new address; true when
    /// the new address waits for the geocoder.
    static func applyLocation(_ changes: CustomerChanges, placement: Placement?, to customer: inout Customer) throws(CustomerError) -> Bool {
        let newLat = changes.lat.applied(to: customer.lat), newLng = changes.lng.applied(to: customer.lng)
        if !changes.address.isUnchanged {
            customer.address = FieldRules.trimmed(changes.address.value)
            if customer.address != nil, let placement {
                customer.addressKey = placement.addressKey
                customer.lat = placement.lat
                customer.lng = placement.lng
                customer.geocodeStatus = placement.status
                let method = customer.quality.method
                customer.quality = placement.quality
                if changes.serviceZoneID.isUnchanged { customer.serviceZoneID = placement.zoneID } else { customer.quality.method = method }
                return placement.status == .pending
            }
            try checkCoordinates(lat: newLat, lng: newLng)
            customer.addressKey = nil
            customer.geocodeStatus = nil
            customer.lat = newLat
            customer.lng = newLng
            customer.quality = PlacementQuality(precision: newLat == nil ? nil : .manual, source: newLat == nil ? nil : "manual", method: customer.quality.method)
        } else if !changes.lat.isUnchanged || !changes.lng.isUnchanged {
            try checkCoordinates(lat: newLat, lng: newLng)
            customer.lat = newLat
            customer.lng = newLng
            customer.geocodeStatus = newLat == nil ? customer.geocodeStatus : .manual
            if newLat != nil { customer.quality = PlacementQuality(precision: .manual, source: "manual", method: customer.quality.method) }
        }
        return false
    }
}
