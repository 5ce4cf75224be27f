import Yams

extension Diagnostic {
    /// A parser error as one located line, without Yams' multi-line snippet.
    init(yamlError error: YamlError, file: String) {
        switch error {
        case .scanner(let context, let problem, let mark, _),
            .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            let while_ = context.map { " (\($0.text) at line \($0.mark.line))" } ?? ""
            self.init(file: file, line: mark.line, column: mark.column, message: "not valid YAML or JSON: \(problem)\(while_)")
        case .duplicatedKeysInMapping(let duplicates, let context):
            let keys = duplicates.sorted().map { "\"\($0)\"" }.joined(separator: ", ")
            self.init(file: file, line: context.mark.line, column: context.mark.column, message: "duplicate field \(keys) in the same mapping")
        case .reader(let problem, let offset, _, _):
            self.init(file: file, message: "cannot read the text: \(problem)\(offset.map { " at byte \($0)" } ?? "")")
        default:
            self.init(file: file, message: "not valid YAML or JSON: \(error)")
        }
    }
}
