/* The limit for sdgbrief's CSV: a plain C writer of the same bytes. It reads
 * the tables' fields (as dumped by fields.py: tables separated by 0x1D,
 * records by 0x1E, fields by 0x1F, formula neutralisation already applied),
 * then, timed, writes each table with RFC 4180 quoting, a byte-order mark
 * and CRLF line ends through a 64 KiB buffer, and fsyncs each file as
 * sdgbrief does.
 *
 *   cc -O2 csv-writer.c -o csv-writer
 *   ./csv-writer FIELDS OUTDIR     prints "seconds S"
 */
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

static double now(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec + t.tv_nsec / 1e9;
}

static char out[65536 + 8192];
static size_t used;
static int fd = -1;

static void flush(void) {
    size_t done = 0;
    while (done < used) {
        ssize_t n = write(fd, out + done, used - done);
        if (n < 0) { perror("write"); exit(74); }
        done += (size_t)n;
    }
    used = 0;
}

static void put(const char *p, size_t n) {
    if (used + n > sizeof out) flush();
    memcpy(out + used, p, n);
    used += n;
}

static void field(const char *p, size_t n) {
    int quote = 0;
    for (size_t i = 0; i < n; i++)
        if (p[i] == ',' || p[i] == '"' || p[i] == '\r' || p[i] == '\n') { quote = 1; break; }
    if (!quote) { put(p, n); return; }
    put("\"", 1);
    size_t start = 0;
    for (size_t i = 0; i < n; i++)
        if (p[i] == '"') { put(p + start, i + 1 - start); put("\"", 1); start = i + 1; }
    put(p + start, n - start);
    put("\"", 1);
}

int main(int argc, char **argv) {
    if (argc != 3) { fprintf(stderr, "usage: %s FIELDS OUTDIR\n", argv[0]); return 64; }
    FILE *in = fopen(argv[1], "rb");
    if (!in) { perror(argv[1]); return 66; }
    fseek(in, 0, SEEK_END);
    long size = ftell(in);
    rewind(in);
    char *data = malloc(size);
    if (fread(data, 1, size, in) != (size_t)size) return 74;
    fclose(in);

    double started = now();
    char *p = data, *end = data + size;
    while (p < end) {
        /* Each table starts with its name, then 0x1E, then its records. */
        char *name_end = memchr(p, 0x1E, end - p);
        char path[4096];
        snprintf(path, sizeof path, "%s/%.*s.csv", argv[2], (int)(name_end - p), p);
        fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0644);
        if (fd < 0) { perror(path); return 73; }
        put("\xEF\xBB\xBF", 3);
        p = name_end + 1;
        char *table_end = memchr(p, 0x1D, end - p);
        if (!table_end) table_end = end;
        while (p < table_end) {
            char *record_end = memchr(p, 0x1E, table_end - p);
            if (!record_end) record_end = table_end;
            int first = 1;
            while (1) {
                char *field_end = memchr(p, 0x1F, record_end - p);
                if (!field_end) field_end = record_end;
                if (!first) put(",", 1);
                field(p, field_end - p);
                first = 0;
                if (field_end == record_end) break;
                p = field_end + 1;
            }
            put("\r\n", 2);
            p = record_end + 1;
        }
        flush();
        fsync(fd);
        close(fd);
        p = table_end + 1;
    }
    printf("seconds %.6f\n", now() - started);
    free(data);
    return 0;
}
