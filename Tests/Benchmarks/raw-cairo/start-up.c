/* The limit for sdgbrief's start-up with `--format text`: a C process that
 * reads the same YAML report with libyaml (every event, as a parser must)
 * and writes its texts to a file, one line per scalar, indented by depth,
 * then fsyncs it. `--format text` draws nothing, so sdgbrief loads no fonts
 * for it, and neither does this.
 *
 *   cc -O2 start-up.c -o start-up $(pkg-config --cflags --libs yaml-0.1)
 *   ./start-up REPORT.yaml OUT.txt
 */
#include <stdio.h>
#include <unistd.h>
#include <yaml.h>

int main(int argc, char **argv) {
    if (argc != 3) {
        fprintf(stderr, "usage: %s REPORT.yaml OUT.txt\n", argv[0]);
        return 64;
    }
    FILE *in = fopen(argv[1], "rb");
    if (!in) { perror(argv[1]); return 66; }
    FILE *out = fopen(argv[2], "w");
    if (!out) { perror(argv[2]); return 73; }
    yaml_parser_t parser;
    yaml_parser_initialize(&parser);
    yaml_parser_set_input_file(&parser, in);
    int depth = 0, done = 0;
    while (!done) {
        yaml_event_t event;
        if (!yaml_parser_parse(&parser, &event)) {
            fprintf(stderr, "%s:%zu:%zu: %s\n", argv[1], parser.problem_mark.line + 1, parser.problem_mark.column + 1,
                    parser.problem);
            return 65;
        }
        switch (event.type) {
        case YAML_MAPPING_START_EVENT:
        case YAML_SEQUENCE_START_EVENT: depth++; break;
        case YAML_MAPPING_END_EVENT:
        case YAML_SEQUENCE_END_EVENT: depth--; break;
        case YAML_SCALAR_EVENT:
            fprintf(out, "%*s%.*s\n", depth * 2, "", (int)event.data.scalar.length, (char *)event.data.scalar.value);
            break;
        case YAML_STREAM_END_EVENT: done = 1; break;
        default: break;
        }
        yaml_event_delete(&event);
    }
    yaml_parser_delete(&parser);
    fclose(in);
    fflush(out);
    fsync(fileno(out));
    return fclose(out) == 0 ? 0 : 74;
}
