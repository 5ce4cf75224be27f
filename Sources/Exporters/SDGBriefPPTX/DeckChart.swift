import Foundation

/// One chart as the deck places it: the chart exporters' own SVG and PNG, its
/// title, and its alt text, which describes the data.
struct DeckChart: Sendable {
    var id: String
    var title: String
    var altText: String
    var svg: Data
    var png: Data
}
