import Foundation

/// A loopback TCP port no socket holds now: the kernel's choice for a socket bound to port 0, released at once, so
/// the servers of tests running side by side do not pick the same port by chance.
func freeLoopbackPort() -> Int {
    let socketFD = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    guard socketFD >= 0 else { return Int.random(in: 20_000...60_000) }
    defer { close(socketFD) }
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_port = 0
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    var length = socklen_t(MemoryLayout<sockaddr_in>.size)
    let bound = withUnsafeMutablePointer(to: &address) { pointer in
        pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(socketFD, $0, length) == 0 && getsockname(socketFD, $0, &length) == 0 }
    }
    guard bound else { return Int.random(in: 20_000...60_000) }
    return Int(UInt16(bigEndian: address.sin_port))
}
