/// The outcome of a bulk import: the customers created, and the rows refused with their reasons.
public struct CustomerImport: Sendable {
    public var ids: [String] = []
    public var errors: [(index: Int, error: CustomerError)] = []
}

extension CustomerService {
    /// Creates every acceptable row in one transaction: either all of them are stored or, when the write
    /// fails, none. A row a rule refuses is reported by its index and the others go on.
    public func importCustomers(_ inputs: [CustomerInput], tenant: String) async throws -> CustomerImport {
        var result = CustomerImport()
        var drafts: [(index: Int, draft: CustomerDraft)] = []
        for (index, input) in inputs.enumerated() {
            do {
                drafts.append((index, try await draft(input, tenant: tenant)))
            } catch let error as CustomerError {
                result.errors.append((index, error))
            }
        }
        let stripe = stripeEnabled, ready = drafts
        let written = try await repository.write { store in
            var ids: [(index: Int, id: String)] = [], refused: [(index: Int, error: CustomerError)] = []
            for (index, draft) in ready {
                do {
                    ids.append((index, try draft.insert(in: store, stripe: stripe, review: review)))
                } catch let error as CustomerError {
                    refused.append((index, error))
                }
            }
            return Written(ids: ids, refused: refused)
        }
        result.ids = written.ids.map(\.id)
        result.errors = (result.errors + written.refused).sorted { $0.index < $1.index }
        return result
    }

    private struct Written: Sendable {
        var ids: [(index: Int, id: String)]
        var refused: [(index: Int, error: CustomerError)]
    }
}
