/// A temporary file the workbook is assembled in could not be made or used.
struct ExportScratchError: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}
