import SDGBriefCore

/// An exporter that draws the charts a `ChartPlan` chooses (the SVG and PNG
/// charts, the slide deck). Those are the exports whose users expect every
/// chart: the command says which charts the plan leaves out only when one
/// of them runs, and any exporter that follows the plan adopts this to join them.
public protocol ChartPlanDrawing: Exporter {}
