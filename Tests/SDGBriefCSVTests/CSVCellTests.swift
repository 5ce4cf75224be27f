@testable import SDGBriefCSV
import Testing

@Suite struct CSVCellTests {
    @Test(arguments: ["=SUM(A1)", "+1", "-x", "@cmd", "\tlead", "\rlead", "\r\nlead"])
    func neutralisesTextThatASpreadsheetWouldRun(_ text: String) {
        #expect(CSVCell.text(text).field == "'" + text)
    }

    @Test(arguments: ["甲市", "a=b", "1+1", "x-y", ""])
    func leavesOtherTextAlone(_ text: String) {
        #expect(CSVCell.text(text).field == text)
    }

    @Test func neverAltersNumbers() {
        #expect(CSVCell.number(-5).field == "-5")
        #expect(CSVCell.number(-34.6037).field == "-34.6037")
        #expect(CSVCell.number(10_700_000).field == "10700000")
        #expect(CSVCell.number(33.3).field == "33.3")
        #expect(CSVCell.empty.field == "")
    }

    @Test func quotesOnlyWhenRFC4180Requires() {
        #expect(CSVCell.text("plain 文本").quotedField == "plain 文本")
        #expect(CSVCell.text("a,b").quotedField == "\"a,b\"")
        #expect(CSVCell.text("say \"hi\"").quotedField == "\"say \"\"hi\"\"\"")
        #expect(CSVCell.text("line\nbreak").quotedField == "\"line\nbreak\"")
        #expect(CSVCell.text("cr\rhere").quotedField == "\"cr\rhere\"")
    }

    @Test func quotesANeutralisedFormulaThatNeedsIt() {
        #expect(CSVCell.text("=A1,B1").quotedField == "\"'=A1,B1\"")
    }
}
