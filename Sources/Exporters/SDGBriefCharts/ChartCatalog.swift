/// Every chart sdgbrief draws, in the order they are listed and exported.
public enum ChartCatalog {
    public static let all: [any Chart] = [
        SDGCoverageChart(),
        SDGMatrixChart(),
        AwardsChart(),
        TimelineChart(),
        KeyFiguresChart(),
        PartnersChart(),
        PopulationChart(),
        MapChart(),
    ]

    public static var ids: [String] { all.map(\.id) }

    public static func chart(id: String) -> (any Chart)? {
        all.first { $0.id == id }
    }
}
