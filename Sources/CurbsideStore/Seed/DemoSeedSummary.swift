/// How many rows a demo seed wrote.
public struct DemoSeedSummary: Sendable, Hashable {
    public var zones: Int
    public var plans: Int
    public var routeTemplates: Int

    public init(zones: Int, plans: Int, routeTemplates: Int) {
        self.zones = zones
        self.plans = plans
        self.routeTemplates = routeTemplates
    }
}
