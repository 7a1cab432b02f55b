/// A regular grid of `columns` × `rows` cells over a box, and the mapping from positions to cells.
struct CellGrid: Sendable {
    let minX: Double
    let minY: Double
    let maxX: Double
    let maxY: Double
    let columns: Int
    let rows: Int
    /// Cells per unit of x and of y.
    let scaleX: Double
    let scaleY: Double

    /// A grid over `box` of about `cells` cells, as square as the box allows.
    init(box: BoundingBox, cells: Int) {
        // A degenerate box (a single line or point of zones) still gets a positive extent.
        let width = box.width > 0 ? box.width : 1e-9
        let height = box.height > 0 ? box.height : 1e-9
        let aspect = width / height
        let columns = max(1, min(cells, Int((Double(cells) * aspect).squareRoot().rounded(.up))))
        let rows = max(1, min(cells, (cells + columns - 1) / columns))
        self.minX = box.minX
        self.minY = box.minY
        self.maxX = box.minX + width
        self.maxY = box.minY + height
        self.columns = columns
        self.rows = rows
        self.scaleX = Double(columns) / width
        self.scaleY = Double(rows) / height
    }

    var count: Int { columns * rows }

    /// The cell holding (x, y), or nil outside the grid's box (edges included in the box).
    @inline(__always)
    func cell(x: Double, y: Double) -> Int? {
        guard x >= minX && x <= maxX && y >= minY && y <= maxY else { return nil }
        let column = min(columns - 1, Int((x - minX) * scaleX))
        let row = min(rows - 1, Int((y - minY) * scaleY))
        return row &* columns &+ column
    }

    /// Grid coordinates of x and y, in cells from the grid's origin.
    @inline(__always) func u(_ x: Double) -> Double { (x - minX) * scaleX }
    @inline(__always) func v(_ y: Double) -> Double { (y - minY) * scaleY }

    /// The centre of the cell at `column`, `row`.
    func center(column: Int, row: Int) -> (x: Double, y: Double) {
        (minX + (Double(column) + 0.5) / scaleX, minY + (Double(row) + 0.5) / scaleY)
    }

    /// The column holding grid coordinate `u`, clamped to the grid.
    func column(_ u: Double) -> Int { Int(max(0, min(Double(columns - 1), u.rounded(.down)))) }
    /// The row holding grid coordinate `v`, clamped to the grid.
    func row(_ v: Double) -> Int { Int(max(0, min(Double(rows - 1), v.rounded(.down)))) }
}
