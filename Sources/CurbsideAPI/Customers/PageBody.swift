/// One page of a list: its rows, how many match in all, and which page of what size it is.
struct PageBody<Row: Encodable>: Encodable {
    var data: [Row]
    var total: Int
    var page: Int
    var limit: Int
}

extension PageBody {
    /// The `page` (from 1, default 1) and `limit` (1 to 200, default 50) a list request asks for; 400 when out of range.
    static func paging(_ parameters: FormQuery) throws -> (page: Int, limit: Int) {
        let page = try CustomerController.integer(parameters["page"], name: "page", range: 1...1_000_000) ?? 1
        let limit = try CustomerController.integer(parameters["limit"], name: "limit", range: 1...200) ?? 50
        return (page, limit)
    }
}
