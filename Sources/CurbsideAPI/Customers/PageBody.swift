/// One page of a list: its rows, how many match in all, and which page of what size it is.
struct PageBody<Row: Encodable>: Encodable {
    var data: [Row]
    var total: Int
    var page: Int
    var limit: Int
}
