import Foundation
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

    @Test func mallocArenasDefaultToTheCoresUnlessSet() throws {
        let cores = max(2, ProcessInfo.processInfo.activeProcessorCount)
        #expect(try CurbsideConfiguration(environment: [:]).server.mallocArenas == cores)
        #expect(try CurbsideConfiguration(environment: ["CURBSIDE_MALLOC_ARENAS": "4"]).server.mallocArenas == 4)
        #expect(try CurbsideConfiguration(environment: ["CURBSIDE_MALLOC_ARENAS": "0"]).server.mallocArenas == nil)
        #expect(try CurbsideConfiguration(environment: ["MALLOC_ARENA_MAX": "1"]).server.mallocArenas == nil, "glibc has read it")
        #expect(try CurbsideConfiguration(environment: ["MALLOC_ARENA_MAX": "1", "CURBSIDE_MALLOC_ARENAS": "3"]).server.mallocArenas == 3)
        for bad in ["-1", "many", "5000"] {
            #expect(throws: ConfigurationError.self) { try CurbsideConfiguration(environment: ["CURBSIDE_MALLOC_ARENAS": bad]) }
        }
    }
}
