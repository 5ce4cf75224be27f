import SDGBriefCore

/// What each table and column means: the one description the workbook's
/// description sheet and `datapackage.json` are written from, and that
/// docs/csv.md spells out.
extension ReportTable {
    /// The table's name for people: a sheet's name (at most 31 characters, as Excel allows).
    public var title: LocalizedText {
        switch self {
        case .cases: words("案例", "Cases")
        case .caseSDGs: words("案例目标", "Case goals")
        case .metrics: words("数据", "Figures")
        case .milestones: words("里程碑", "Milestones")
        case .partners: words("合作伙伴", "Partners")
        case .conclusions: words("结论", "Conclusions")
        case .goals: words("可持续发展目标", "SDGs")
        }
    }

    /// What one row stands for.
    public var rowMeaning: LocalizedText {
        switch self {
        case .cases: words("一个城市案例", "one city practice")
        case .caseSDGs: words("一个案例服务的一个目标", "one goal a case serves")
        case .metrics: words("报告给出的一个数字", "one figure the report states")
        case .milestones: words("一个案例中有年份的事件", "one dated event of a case")
        case .partners: words("一个案例的一个合作伙伴", "one partner of a case")
        case .conclusions: words("报告的一条结论", "one of the report's conclusions")
        case .goals: words("一个可持续发展目标（共17个）", "one Sustainable Development Goal (always 17)")
        }
    }

    /// The columns in the order every format writes them.
    public var columns: [TableColumn] {
        switch self {
        case .cases:
            [
                caseID(required: true, description: words("案例的编号，其他表据此关联", "the case's id; other tables join on it")),
                TableColumn("city", .text, title: words("城市", "City"), description: words("城市名称", "the city"), required: true),
                TableColumn("country", .text, title: words("国家", "Country"), description: words("城市所在国家", "the country the city is in"), required: true),
                TableColumn("practice", .text, title: words("实践", "Practice"), description: words("报告给这一实践的标题", "the practice as the report titles it"), required: true),
                TableColumn("awards", .list, title: words("奖项", "Awards"), description: words("所获奖项的简称，以 ; 分隔", "short names of the awards won, separated by ;")),
                TableColumn("region", .text, title: words("地区", "Region"), description: words("世界地区，用于分组", "the world region, for grouping"), required: true),
                TableColumn("latitude", .coordinate, title: words("纬度", "Latitude"), description: words("城市的纬度（WGS 84），南纬为负", "the city's latitude (WGS 84), negative south of the equator"), unit: words("度", "degrees"), required: true),
                TableColumn("longitude", .coordinate, title: words("经度", "Longitude"), description: words("城市的经度（WGS 84），西经为负", "the city's longitude (WGS 84), negative west of Greenwich"), unit: words("度", "degrees"), required: true),
                TableColumn("award_ids", .list, title: words("奖项编号", "Award ids"), description: words("所获奖项的编号，以 ; 分隔", "ids of the awards won, separated by ;")),
            ]
        case .caseSDGs:
            [
                caseID(required: true, description: words("案例编号，对应“案例”表", "the case, as in the cases table")),
                goalNumber(description: words("目标编号，1–17，对应“可持续发展目标”表", "the goal's number, 1–17, as in the SDGs table")),
                TableColumn("sdg_name", .text, title: words("目标名称", "Goal"), description: words("目标的名称", "the goal's name"), required: true),
                TableColumn("role", .text, title: words("角色", "Role"), description: words("primary：案例的主要目标；related：叙述中提到的相关目标", "primary: a goal the case is for; related: a goal its narrative names"), required: true),
            ]
        case .metrics:
            [
                caseID(required: false, description: words("案例编号；报告引言中的整体数据为空", "the case; empty for the report's own figures (its introduction)")),
                TableColumn("metric_id", .identifier, title: words("数据编号", "Figure id"), description: words("数据在其案例中的编号", "the figure's id within its case"), required: true),
                TableColumn("label", .text, title: words("名称", "Label"), description: words("数据说的是什么", "what the figure counts or measures"), required: true),
                TableColumn("value", .quantity, title: words("数值", "Value"), description: words("以“单位”列的基本单位表示的数值，可直接计算", "the value in the base unit the unit column names, ready to compute with"), unit: words("见“单位”列", "as the unit column says"), required: true),
                TableColumn("unit", .text, title: words("单位", "Unit"), description: words("数值的单位：person、usd、ha、t、percent、km 等", "the value's unit: person, usd, ha, t, percent, km, …"), required: true),
                TableColumn("qualifier", .text, title: words("限定", "Qualifier"), description: words("原文如何限定数值：exact、about（约）、over（超过）、nearly（近）、up_to（多达）", "how the source bounds the figure: exact, about, over, nearly, up_to"), required: true),
                TableColumn("year", .year, title: words("年份", "Year"), description: words("数据所指的年份，原文未给出时为空", "the year the figure refers to; empty where the source gives none")),
                TableColumn("quote", .text, title: words("原文", "Quote"), description: words("原文中给出这一数字的语句", "the source's own words that state the figure"), required: true),
                TableColumn("value_high", .quantity, title: words("上限", "Upper value"), description: words("范围的上限（“两到四倍”：数值 2，上限 4），否则为空", "the upper end of a range (“two to four times”: value 2, upper 4); empty otherwise"), unit: words("见“单位”列", "as the unit column says")),
                TableColumn("display", .text, title: words("显示", "Display"), description: words("简报和图表以导出语言印出的写法", "the figure as the brief and charts print it in the export's language"), required: true),
                TableColumn("estimate", .text, title: words("估算", "Estimate"), description: words("原文预计（projected）或估计（estimated）的数据注明于此，实测数据为空", "projected or estimated when the source projects or estimates the figure; empty for a measurement")),
            ]
        case .milestones:
            [
                caseID(required: true, description: words("案例编号", "the case")),
                TableColumn("year", .year, title: words("年份", "Year"), description: words("事件发生的年份", "the year of the event"), required: true),
                TableColumn("event", .text, title: words("事件", "Event"), description: words("发生了什么", "what happened"), required: true),
            ]
        case .partners:
            [
                caseID(required: true, description: words("案例编号", "the case")),
                TableColumn("partner", .text, title: words("合作伙伴", "Partner"), description: words("合作伙伴的名称", "the partner"), required: true),
                TableColumn("sector", .text, title: words("部门", "Sector"), description: words("public、private、civil、academic 或 international", "public, private, civil, academic or international"), required: true),
                TableColumn("sector_name", .text, title: words("部门名称", "Sector name"), description: words("部门的名称，使用导出语言", "the sector's name in the export's language"), required: true),
            ]
        case .conclusions:
            [
                TableColumn("rank", .integer, title: words("序号", "No."), description: words("结论在报告中的序号", "the conclusion's number in the report"), required: true),
                TableColumn("title", .text, title: words("标题", "Title"), description: words("结论的标题", "the conclusion's heading"), required: true),
                TableColumn("text", .text, title: words("正文", "Text"), description: words("结论的正文", "the conclusion's text"), required: true),
            ]
        case .goals:
            [
                goalNumber(description: words("目标编号，1–17", "the goal's number, 1–17")),
                TableColumn("name", .text, title: words("名称", "Name"), description: words("目标的名称", "the goal's name"), required: true),
                TableColumn("color", .text, title: words("颜色", "Colour"), description: words("联合国规定的目标颜色，#RRGGBB", "the goal's official UN colour, #RRGGBB"), required: true),
                TableColumn("name_en", .text, title: words("英文名称", "Name (English)"), description: words("目标的英文名称", "the goal's English name"), required: true),
            ]
        }
    }

    /// The columns no two rows share values of, where the table has such.
    public var primaryKey: [String] {
        switch self {
        case .cases: ["case_id"]
        case .caseSDGs: ["case_id", "sdg"]
        case .conclusions: ["rank"]
        case .goals: ["sdg"]
        // A figure's id is unique within its case, but the report's own
        // figures have no case, and a key may not be empty.
        case .metrics, .milestones, .partners: []
        }
    }

    /// How the table joins the tables whose keys it holds.
    public var foreignKeys: [TableForeignKey] {
        let toCases = TableForeignKey(fields: ["case_id"], table: ReportTable.cases.name, referencedFields: ["case_id"])
        switch self {
        case .caseSDGs: return [toCases, TableForeignKey(fields: ["sdg"], table: ReportTable.goals.name, referencedFields: ["sdg"])]
        case .metrics, .milestones, .partners: return [toCases]
        case .cases, .conclusions, .goals: return []
        }
    }

    private func caseID(required: Bool, description: LocalizedText) -> TableColumn {
        TableColumn("case_id", .identifier, title: words("案例编号", "Case id"), description: description, required: required)
    }

    private func goalNumber(description: LocalizedText) -> TableColumn {
        TableColumn("sdg", .integer, title: words("目标", "SDG"), description: description, required: true)
    }

    private func words(_ zh: String, _ en: String) -> LocalizedText {
        LocalizedText(["zh": zh, "en": en])
    }
}
