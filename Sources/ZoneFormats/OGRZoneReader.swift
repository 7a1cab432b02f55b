import ZoneIndex

/// Reads the zones of a GDAL vector dataset: chooses the layers, resolves their fields and CRS, and passes every
/// feature to `ZoneFileBuilder`.
struct OGRZoneReader {
    let layerName: String?
    let mapping: ZoneFieldMapping
    let options: ZoneFile.Options

    /// The zones of the dataset at `path` (any GDAL path) in `format`.
    func read(path: String, format: ZoneSourceFormat) throws(ZoneSourceError) -> ZoneFile {
        let dataset = try OGRDataset(path: path, drivers: format.drivers, openOptions: format.openOptions)
        let layers = try chooseLayers(of: dataset, format: format)
        let crs = try sourceCRS(of: layers)
        var builder: ZoneFileBuilder
        do {
            builder = try ZoneFileBuilder(options: options, sourceCRS: crs)
        } catch {
            throw .zoneFile(error)
        }
        var index = 0
        for layer in layers {
            let fields = try LayerFields(layer: layer, mapping: mapping)
            layer.restart()
            var read = 0
            while let feature = try layer.nextFeature() {
                builder.add(fields.zoneFields(of: feature), featureIndex: index)
                index += 1
                read += 1
            }
            // A truncated file can end its features early without GDAL reporting an error.
            if format.headerCountsFeatures, let declared = layer.declaredFeatureCount, read < declared {
                throw .unreadable(reason: "layer \(layer.name): only \(read) of its \(declared) features could be read (a damaged or truncated file)")
            }
        }
        return builder.zoneFile
    }

    /// The layer `layerName` names; else the only layer, whatever it holds (its features are then checked one by
    /// one, as GeoJSON's are); else the one layer holding polygons, or for KML every one.
    private func chooseLayers(of dataset: OGRDataset, format: ZoneSourceFormat) throws(ZoneSourceError) -> [OGRLayer] {
        let layers = dataset.layers
        if let layerName {
            guard let layer = layers.first(where: { $0.name == layerName })
                ?? layers.first(where: { $0.name.lowercased() == layerName.lowercased() }) else {
                throw .noSuchLayer(layerName, layers: layers.map(\.summary))
            }
            return [layer]
        }
        if layers.count == 1 { return layers }
        var polygonal: [OGRLayer] = []
        for layer in layers {
            if try layer.holdsPolygons() { polygonal.append(layer) }
        }
        switch polygonal.count {
        case 0: throw .noPolygonLayer(layers: layers.map(\.summary))
        case 1: return polygonal
        default:
            guard format.readsEveryPolygonLayer else { throw .severalPolygonLayers(polygonal.map(\.name)) }
            return polygonal
        }
    }

    /// The CRS of the layers' coordinates: `--crs`, else the one the layers declare, else WGS84 when their
    /// coordinates fit it.
    private func sourceCRS(of layers: [OGRLayer]) throws(ZoneSourceError) -> CoordinateReferenceSystem {
        if let crs = options.crs { return crs }
        var declared: [CoordinateReferenceSystem] = []
        for layer in layers {
            if let crs = layer.spatialReference?.coordinateReferenceSystem {
                declared.append(crs)
                continue
            }
            if let extent = layer.extent, abs(extent.minX) > 180 || abs(extent.maxX) > 180 || abs(extent.minY) > 90 || abs(extent.maxY) > 90 {
                throw .noCRS(layer: layer.name, extent: extent)
            }
            declared.append(.wgs84)
        }
        let distinct = Set(declared.map { $0.isWGS84LongitudeLatitude ? CoordinateReferenceSystem.wgs84 : $0 })
        guard distinct.count <= 1 else { throw .mixedCRS(layers: layers.map(\.name)) }
        return distinct.first ?? .wgs84
    }
}
