import SDGBriefCore
import Yams

/// The loader's fast path: reads libyaml's events against the schema and
/// builds the model from them, as the slow path decodes it from Yams' node
/// tree, without a tree, without JSON and without a `Decoder`.
///
/// The fast path once wrote JSON from the events and handed it to
/// `JSONDecoder`; decoding took two fifths of a start-up, most of it in
/// `Codable`'s generic containers and the runtime's conformance lookups. A
/// valid report needs none of that. So this handles only what it can handle
/// exactly as the slow path would and gives nil for anything else: a libyaml
/// error, an anchor, an alias, a tag, a second document, an unknown or
/// repeated field, a missing required one, a value of the wrong kind. The
/// loader then takes the slow path, which alone reports problems.
///
/// The schema decides what is accepted (fields, which are required, kinds);
/// this type only says what each field means in the model, by its position
/// among the object's fields (the `…Field` enumerations, whose names the
/// tests hold against the schema's).
struct SchemaGuidedEventReport {
    typealias Event = YAMLEventReader.Event

    private let reader: YAMLEventReader
    private let schema: FlatSchema

    /// The report in the single YAML or JSON document in `yaml` (UTF-8, no
    /// byte-order mark), not yet validated, or nil where the slow path must decide.
    static func report(from yaml: UnsafeRawBufferPointer, schema: FlatSchema = .report) -> Report? {
        SchemaGuidedEventReport(reader: YAMLEventReader(yaml), schema: schema).document()
    }

    private init(reader: YAMLEventReader, schema: FlatSchema) {
        self.reader = reader
        self.schema = schema
    }

    private func document() -> Report? {
        guard reader.next()?.kind == .streamStart, reader.next()?.kind == .documentStart else { return nil }
        guard let root = next(), let report = report(root, 0) else { return nil }
        guard reader.next()?.kind == .documentEnd, reader.next()?.kind == .streamEnd else { return nil }
        return report
    }

    /// The next event, or nil at a libyaml error or at an anchor, alias or
    /// tag, which the node tree would resolve and the events do not.
    private func next() -> Event? {
        guard let event = reader.next(), !event.hasAnchor, !event.hasTag, event.kind != .alias else { return nil }
        return event
    }

    // MARK: - The schema's kinds

    /// Reads a mapping of object `node` whose start is `start`, handing each
    /// field's value to `field` with the field's position in the object and
    /// its schema node; an explicit null of an optional field is the field
    /// left out, as on the slow path.
    private func object(_ start: Event, _ node: Int, _ field: (_ position: Int, _ value: Event, _ node: Int) -> Bool) -> Bool {
        let object = schema.nodes[node]
        guard start.kind == .mappingStart, object.kind == .object, object.fields.count <= UInt64.bitWidth else { return false }
        var present: UInt64 = 0
        while true {
            guard let key = next() else { return false }
            if key.kind == .mappingEnd { break }
            guard key.kind == .scalar, let index = schema.field(of: object, named: reader.scalarValue) else { return false }
            let bit: UInt64 = 1 << (index - object.fields.lowerBound)
            guard present & bit == 0, let value = next() else { return false }
            present |= bit
            let described = schema.fields[index]
            if isNull(value) {
                guard !described.isRequired else { return false }
                continue
            }
            guard field(index - object.fields.lowerBound, value, described.node) else { return false }
        }
        for index in object.fields where schema.fields[index].isRequired && present & (1 << (index - object.fields.lowerBound)) == 0 {
            return false
        }
        return true
    }

    /// Reads a sequence of array `node` whose start is `start`, handing each item to `element`.
    private func array(_ start: Event, _ node: Int, _ element: (_ item: Event, _ node: Int) -> Bool) -> Bool {
        let array = schema.nodes[node]
        guard start.kind == .sequenceStart, array.kind == .array else { return false }
        while true {
            guard let item = next() else { return false }
            if item.kind == .sequenceEnd { return true }
            guard element(item, array.element) else { return false }
        }
    }

    /// The items of a list, each read by `read`.
    private func list<Item>(_ start: Event, _ node: Int, _ read: (Event, Int) -> Item?) -> [Item]? {
        var items: [Item] = []
        let complete = array(start, node) { event, element in
            guard let item = read(event, element) else { return false }
            items.append(item)
            return true
        }
        return complete ? items : nil
    }

    private func string(_ event: Event, _ node: Int) -> String? {
        guard schema.nodes[node].kind == .string, event.kind == .scalar, !isNull(event) else { return nil }
        return String(decoding: reader.scalarValue, as: UTF8.self)
    }

    private func integer(_ event: Event, _ node: Int) -> Int? {
        guard schema.nodes[node].kind == .integer, event.kind == .scalar else { return nil }
        return integer(event)
    }

    private func number(_ event: Event, _ node: Int) -> Double? {
        guard schema.nodes[node].kind == .number, event.kind == .scalar, let value = number(event), value.isFinite else { return nil }
        return value
    }

    /// A mapping of language to text: scalar keys, each once, text values, `zh` among them.
    private func localizedText(_ start: Event, _ node: Int) -> LocalizedText? {
        guard schema.nodes[node].kind == .localizedText, start.kind == .mappingStart else { return nil }
        var translations: [String: String] = [:]
        while true {
            guard let key = next() else { return nil }
            if key.kind == .mappingEnd { break }
            guard key.kind == .scalar else { return nil }
            let language = String(decoding: reader.scalarValue, as: UTF8.self)
            guard let value = next(), value.kind == .scalar, !isNull(value) else { return nil }
            // String equality is canonical equivalence, stricter than the
            // bytes the slow path compares: such a pair is left to it.
            guard translations.updateValue(String(decoding: reader.scalarValue, as: UTF8.self), forKey: language) == nil else { return nil }
        }
        guard translations[LocalizedText.sourceLanguage] != nil else { return nil }
        return LocalizedText(translations)
    }

    // MARK: - The model

    enum ReportField: Int, CaseIterable {
        case schemaVersion, id, title, subtitle, publisher, awards, introduction, figures, cases
        case conclusionsPreamble, conclusions, closing
    }

    private func report(_ start: Event, _ node: Int) -> Report? {
        var schemaVersion: Int?, id: String?, title: LocalizedText?, subtitle: LocalizedText?, publisher: LocalizedText?
        var awards: [Award] = [], introduction: [LocalizedText] = [], figures: [Metric] = [], cases: [Case]?
        var conclusionsPreamble: [LocalizedText] = [], conclusions: [Conclusion] = [], closing: [LocalizedText] = []
        let complete = object(start, node) { position, value, node in
            switch ReportField(rawValue: position) {
            case .schemaVersion: schemaVersion = integer(value, node); return schemaVersion != nil
            case .id: id = string(value, node); return id != nil
            case .title: title = localizedText(value, node); return title != nil
            case .subtitle: subtitle = localizedText(value, node); return subtitle != nil
            case .publisher: publisher = localizedText(value, node); return publisher != nil
            case .awards: return read(list(value, node, award), into: &awards)
            case .introduction: return read(list(value, node, localizedText), into: &introduction)
            case .figures: return read(list(value, node, metric), into: &figures)
            case .cases: cases = list(value, node, reportCase); return cases != nil
            case .conclusionsPreamble: return read(list(value, node, localizedText), into: &conclusionsPreamble)
            case .conclusions: return read(list(value, node, conclusion), into: &conclusions)
            case .closing: return read(list(value, node, localizedText), into: &closing)
            case nil: return false
            }
        }
        guard complete, let schemaVersion, let id, let title, let cases else { return nil }
        return Report(
            schemaVersion: schemaVersion, id: id, title: title, subtitle: subtitle, publisher: publisher, awards: awards,
            introduction: introduction, figures: figures, cases: cases, conclusionsPreamble: conclusionsPreamble,
            conclusions: conclusions, closing: closing)
    }

    enum AwardField: Int, CaseIterable {
        case id, name, shortName
    }

    private func award(_ start: Event, _ node: Int) -> Award? {
        var id: String?, name: LocalizedText?, shortName: LocalizedText?
        let complete = object(start, node) { position, value, node in
            switch AwardField(rawValue: position) {
            case .id: id = string(value, node); return id != nil
            case .name: name = localizedText(value, node); return name != nil
            case .shortName: shortName = localizedText(value, node); return shortName != nil
            case nil: return false
            }
        }
        guard complete, let id, let name, let shortName else { return nil }
        return Award(id: id, name: name, shortName: shortName)
    }

    enum CaseField: Int, CaseIterable {
        case id, city, country, region, location, practice, awards, sdgs, partnership
        case narrative, figures, milestones, partners
    }

    private func reportCase(_ start: Event, _ node: Int) -> Case? {
        var id: String?, city: LocalizedText?, country: LocalizedText?, region: LocalizedText?, location: GeoPoint?
        var practice: LocalizedText?, awards: [String] = [], sdgs: [SDGTag]?, partnership: LocalizedText?
        var narrative: [LocalizedText] = [], figures: [Metric] = [], milestones: [Milestone] = [], partners: [Partner] = []
        let complete = object(start, node) { position, value, node in
            switch CaseField(rawValue: position) {
            case .id: id = string(value, node); return id != nil
            case .city: city = localizedText(value, node); return city != nil
            case .country: country = localizedText(value, node); return country != nil
            case .region: region = localizedText(value, node); return region != nil
            case .location: location = geoPoint(value, node); return location != nil
            case .practice: practice = localizedText(value, node); return practice != nil
            case .awards: return read(list(value, node, string), into: &awards)
            case .sdgs: sdgs = list(value, node, sdgTag); return sdgs != nil
            case .partnership: partnership = localizedText(value, node); return partnership != nil
            case .narrative: return read(list(value, node, localizedText), into: &narrative)
            case .figures: return read(list(value, node, metric), into: &figures)
            case .milestones: return read(list(value, node, milestone), into: &milestones)
            case .partners: return read(list(value, node, partner), into: &partners)
            case nil: return false
            }
        }
        guard complete, let id, let city, let country, let region, let location, let practice, let sdgs, let partnership else { return nil }
        return Case(
            id: id, city: city, country: country, region: region, location: location, practice: practice, awards: awards,
            sdgs: sdgs, partnership: partnership, narrative: narrative, figures: figures, milestones: milestones, partners: partners)
    }

    enum GeoPointField: Int, CaseIterable {
        case latitude, longitude
    }

    private func geoPoint(_ start: Event, _ node: Int) -> GeoPoint? {
        var latitude: Double?, longitude: Double?
        let complete = object(start, node) { position, value, node in
            switch GeoPointField(rawValue: position) {
            case .latitude: latitude = number(value, node); return latitude != nil
            case .longitude: longitude = number(value, node); return longitude != nil
            case nil: return false
            }
        }
        guard complete, let latitude, let longitude else { return nil }
        return GeoPoint(latitude: latitude, longitude: longitude)
    }

    enum SDGTagField: Int, CaseIterable {
        case goal, role
    }

    private func sdgTag(_ start: Event, _ node: Int) -> SDGTag? {
        var goal: Int?, role: String?
        let complete = object(start, node) { position, value, node in
            switch SDGTagField(rawValue: position) {
            case .goal: goal = integer(value, node); return goal != nil
            case .role: role = string(value, node); return role != nil
            case nil: return false
            }
        }
        guard complete, let goal, let role else { return nil }
        return SDGTag(goal: goal, role: SDGRole(rawValue: role))
    }

    enum MetricField: Int, CaseIterable {
        case id, label, value, valueHigh, unit, qualifier, estimate, year, quote
    }

    private func metric(_ start: Event, _ node: Int) -> Metric? {
        var id: String?, label: LocalizedText?, value: Double?, valueHigh: Double?, unit: String?, qualifier: String?
        var estimate: String?, year: Int?, quote: String?
        let complete = object(start, node) { position, event, node in
            switch MetricField(rawValue: position) {
            case .id: id = string(event, node); return id != nil
            case .label: label = localizedText(event, node); return label != nil
            case .value: value = number(event, node); return value != nil
            case .valueHigh: valueHigh = number(event, node); return valueHigh != nil
            case .unit: unit = string(event, node); return unit != nil
            case .qualifier: qualifier = string(event, node); return qualifier != nil
            case .estimate: estimate = string(event, node); return estimate != nil
            case .year: year = integer(event, node); return year != nil
            case .quote: quote = string(event, node); return quote != nil
            case nil: return false
            }
        }
        guard complete, let id, let label, let value, let unit, let qualifier, let quote else { return nil }
        // The model's own initializer, which reads a legacy `qualifier: projected` as its decoder does.
        return Metric(
            id: id, label: label, value: value, valueHigh: valueHigh, unit: MetricUnit(rawValue: unit),
            qualifier: Qualifier(rawValue: qualifier), estimate: estimate.map(MetricEstimate.init(rawValue:)), year: year, quote: quote)
    }

    enum MilestoneField: Int, CaseIterable {
        case year, title, event
    }

    private func milestone(_ start: Event, _ node: Int) -> Milestone? {
        var year: Int?, title: LocalizedText?, happening: LocalizedText?
        let complete = object(start, node) { position, value, node in
            switch MilestoneField(rawValue: position) {
            case .year: year = integer(value, node); return year != nil
            case .title: title = localizedText(value, node); return title != nil
            case .event: happening = localizedText(value, node); return happening != nil
            case nil: return false
            }
        }
        guard complete, let year, let happening else { return nil }
        return Milestone(year: year, title: title, event: happening)
    }

    enum PartnerField: Int, CaseIterable {
        case name, sector
    }

    private func partner(_ start: Event, _ node: Int) -> Partner? {
        var name: LocalizedText?, sector: String?
        let complete = object(start, node) { position, value, node in
            switch PartnerField(rawValue: position) {
            case .name: name = localizedText(value, node); return name != nil
            case .sector: sector = string(value, node); return sector != nil
            case nil: return false
            }
        }
        guard complete, let name, let sector else { return nil }
        return Partner(name: name, sector: Sector(rawValue: sector))
    }

    enum ConclusionField: Int, CaseIterable {
        case rank, title, text
    }

    private func conclusion(_ start: Event, _ node: Int) -> Conclusion? {
        var rank: Int?, title: LocalizedText?, text: LocalizedText?
        let complete = object(start, node) { position, value, node in
            switch ConclusionField(rawValue: position) {
            case .rank: rank = integer(value, node); return rank != nil
            case .title: title = localizedText(value, node); return title != nil
            case .text: text = localizedText(value, node); return text != nil
            case nil: return false
            }
        }
        guard complete, let rank, let title, let text else { return nil }
        return Conclusion(rank: rank, title: title, text: text)
    }

    /// Stores a list that was read; false if it was not.
    private func read<Item>(_ items: [Item]?, into field: inout [Item]) -> Bool {
        guard let items else { return false }
        field = items
        return true
    }

    // MARK: - Scalars as the slow path reads them

    /// What the slow path reads as null.
    private func isNull(_ event: Event) -> Bool {
        guard event.kind == .scalar, event.style == .plain || event.style == .any else { return false }
        let value = reader.scalarValue
        // Nearly every scalar is longer than any spelling: settled by its length.
        guard value.count <= 4 else { return false }
        return YAMLNull.plainSpellings.contains { value.elementsEqual($0.utf8) }
    }

    /// As the slow path reads it: `0x1F`, `1_000` or `0o17` through Yams' own
    /// conversion; ordinary numbers as Yams would, without its detours.
    private func integer(_ event: Event) -> Int? {
        if event.style == .plain, let value = PlainNumber.integer(reader.scalarValue) { return value }
        return Int.construct(from: scalar(event))
    }

    private func number(_ event: Event) -> Double? {
        if event.style == .plain, let value = PlainNumber.number(reader.scalarValue) { return value }
        return Double.construct(from: scalar(event))
    }

    /// The scalar as Yams' composer would build it, for Yams' own number
    /// conversions. Only an unusual number comes here: `Tag.implicit` builds
    /// Yams' resolver, whose regular expressions cost a fifth of loading
    /// the bundled report when they were made for every report.
    private func scalar(_ event: Event) -> Node.Scalar {
        Node.Scalar(String(decoding: reader.scalarValue, as: UTF8.self), Tag.implicit, event.style)
    }
}
