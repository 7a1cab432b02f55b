import Customers

extension ServicePlanRecord {
    /// The row that stores `plan`.
    init(_ plan: ServicePlan) {
        self.init(
            tenantID: plan.tenantID, id: plan.id, name: plan.name, frequency: plan.frequency, priceCents: plan.priceCents,
            isActive: plan.isActive, createdAt: plan.createdAt, updatedAt: plan.updatedAt
        )
    }

    /// The plan this row stores.
    var plan: ServicePlan {
        ServicePlan(
            tenantID: tenantID, id: id, name: name, frequency: frequency, priceCents: priceCents, isActive: isActive, createdAt: createdAt,
            updatedAt: updatedAt
        )
    }
}

extension RouteTemplateRecord {
    /// The row that stores `template`.
    init(_ template: RouteTemplate) {
        self.init(
            tenantID: template.tenantID, id: template.id, name: template.name, serviceZoneID: template.serviceZoneID,
            servicePlanID: template.servicePlanID, dayOfWeek: template.dayOfWeek, isActive: template.isActive,
            createdAt: template.createdAt, updatedAt: template.updatedAt
        )
    }

    /// The template this row stores.
    var template: RouteTemplate {
        RouteTemplate(
            tenantID: tenantID, id: id, name: name, serviceZoneID: serviceZoneID, servicePlanID: servicePlanID, dayOfWeek: dayOfWeek,
            isActive: isActive, createdAt: createdAt, updatedAt: updatedAt
        )
    }
}
