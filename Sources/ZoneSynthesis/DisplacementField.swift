import ZoneIndex

/// A smooth, small displacement of the plane: a sum of sine waves whose combined slope stays below one, so
/// moving every point by it keeps non-crossing lines non-crossing and shared edges shared.
struct DisplacementField: Sendable {
    private struct Wave: Sendable {
        let fx: Double, fy: Double, phase: Double, ax: Double, ay: Double
    }

    private let waves: [Wave]

    /// Waves with wavelengths around `scale`, their slopes summing to at most `strength` (< 1).
    init(scale: Double, strength: Double, using rng: inout SplitMix64) {
        let count = 4
        var waves: [Wave] = []
        for _ in 0..<count {
            let wavelength = scale * Double.random(in: 0.6...2.5, using: &rng)
            let angle = Double.random(in: 0..<(2 * .pi), using: &rng)
            let k = 2 * .pi / wavelength
            // |∇(a sin(k·p))| ≤ a k; each wave gets an equal share of the slope budget.
            let amplitude = strength / Double(count) / k
            let direction = Double.random(in: 0..<(2 * .pi), using: &rng)
            waves.append(Wave(
                fx: k * cos(angle), fy: k * sin(angle), phase: Double.random(in: 0..<(2 * .pi), using: &rng),
                ax: amplitude * cos(direction), ay: amplitude * sin(direction)
            ))
        }
        self.waves = waves
    }

    func apply(_ c: Coordinate) -> Coordinate {
        var dx = 0.0, dy = 0.0
        for w in waves {
            let s = sin(w.fx * c.x + w.fy * c.y + w.phase)
            dx += w.ax * s
            dy += w.ay * s
        }
        return Coordinate(x: c.x + dx, y: c.y + dy)
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
