import CurbsideAPI
import Foundation

extension CurbsideConfiguration {
    /// The configuration of this process: its environment over the defaults (flags are applied by each command).
    static func fromEnvironment() throws -> CurbsideConfiguration {
        try CurbsideConfiguration(environment: ProcessInfo.processInfo.environment)
    }
}
