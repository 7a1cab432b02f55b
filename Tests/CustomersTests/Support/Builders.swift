import Customers

extension CustomerInput {
    /// A new customer named `name`, with whatever else `configure` sets.
    init(name: String?, _ configure: (inout CustomerInput) -> Void = { _ in }) {
        self.init()
        self.name = name
        configure(&self)
    }
}

extension PropertyInput {
    /// A new property at `address`, with whatever else `configure` sets.
    init(address: String?, _ configure: (inout PropertyInput) -> Void = { _ in }) {
        self.init()
        self.address = address
        configure(&self)
    }
}

extension CustomerChanges {
    /// The changes `configure` sets; every other field unchanged.
    init(_ configure: (inout CustomerChanges) -> Void) {
        self.init()
        configure(&self)
    }
}

extension PropertyChanges {
    /// The changes `configure` sets; every other field unchanged.
    init(_ configure: (inout PropertyChanges) -> Void) {
        self.init()
        configure(&self)
    }
}

extension CustomerError {
    /// The field an `invalid` error names.
    var field: String? {
        if case .invalid(let field, _) = self { return field }
        return nil
    }
}

/// The field named by the `CustomerError.invalid` that `work` throws; nil when it throws nothing or anything else.
func invalidField<T>(_ work: () async throws -> T) async -> String? {
    do {
        _ = try await work()
        return nil
    } catch let error as CustomerError {
        return error.field
    } catch {
        return nil
    }
}

/// Whether `work` throws `CustomerError.notFound`.
func isNotFound<T>(_ work: () async throws -> T) async -> Bool {
    do {
        _ = try await work()
        return false
    } catch CustomerError.notFound {
        return true
    } catch {
        return false
    }
}
