@testable import CurbsideAPI
import Testing

@Suite("Server configuration from the environment")
struct ServerConfigurationTests {
    @Test func tasksRunOnTheEventLoopsOnlyWhenTurnedOn() throws {
        #expect(try !CurbsideConfiguration(environment: [:]).server.tasksOnEventLoops)
        for off in ["off", "0", "false", "NO"] {
            #expect(try !CurbsideConfiguration(environment: ["CURBSIDE_TASKS_ON_EVENT_LOOPS": off]).server.tasksOnEventLoops)
        }
        for on in ["on", "1", "true", "Yes"] {
            #expect(try CurbsideConfiguration(environment: ["CURBSIDE_TASKS_ON_EVENT_LOOPS": on]).server.tasksOnEventLoops)
        }
        #expect(throws: ConfigurationError.self) {
            try CurbsideConfiguration(environment: ["CURBSIDE_TASKS_ON_EVENT_LOOPS": "sometimes"])
        }
    }
}
