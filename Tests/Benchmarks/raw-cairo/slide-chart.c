/* The limit for sdgbrief's charts: the chart sdgbrief calls sdg-coverage,
 * drawn with Cairo and Pango directly at the same scale (1920×1080 px, a PNG
 * at scale 2, 3840×2160), COUNT charts one after another, each as SVG and as
 * PNG.
 *
 * Title and subtitle, a legend, seventeen rows (a numbered goal badge, the
 * goal's name, a grey track, a bar in two tones for main and related cases,
 * its value) and a source line. One Pango context per surface with
 * sdgbrief's font options, one layout per kind of text, font descriptions
 * made once. The PNG is written with libpng using the filter and deflate
 * level sdgbrief's own encoder uses (Sub, level 1), so both compress alike;
 * Cairo's writer tries every filter at the default level and would make the
 * limit slower than a careful program.
 *
 *   cc -O2 slide-chart.c -o slide-chart $(pkg-config --cflags --libs pangocairo libpng)
 *   ./slide-chart COUNT OUTDIR     prints "seconds S"
 */
#include <cairo-svg.h>
#include <pango/pangocairo.h>
#include <png.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

static double now(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec + t.tv_nsec / 1e9;
}

static const char *goals[] = {"无贫穷", "零饥饿", "良好健康与福祉", "优质教育", "性别平等", "清洁饮水和卫生设施",
                              "经济适用的清洁能源", "体面工作和经济增长", "产业、创新和基础设施", "减少不平等",
                              "可持续城市和社区", "负责任消费和生产", "气候行动", "水下生物", "陆地生物",
                              "和平、正义与强大机构", "促进目标实现的伙伴关系"};
static const double colours[17][3] = {
    {.90, .11, .24}, {.87, .65, .23}, {.30, .62, .22}, {.77, .10, .18}, {1.0, .23, .13}, {.15, .74, .89},
    {.99, .76, .05}, {.64, .10, .26}, {.99, .41, .15}, {.87, .07, .40}, {.99, .62, .15}, {.75, .55, .18},
    {.25, .50, .27}, {.04, .59, .85}, {.34, .75, .16}, {.0, .41, .62}, {.10, .29, .42}};

typedef struct {
    PangoContext *context;
    PangoLayout *title, *subtitle, *legend, *badge, *name, *value, *source;
} Styles;

static PangoLayout *style(PangoContext *context, double size, int bold, double width, PangoAlignment alignment) {
    PangoLayout *layout = pango_layout_new(context);
    PangoFontDescription *font = pango_font_description_from_string("WenQuanYi Micro Hei");
    pango_font_description_set_absolute_size(font, size * PANGO_SCALE);
    pango_font_description_set_weight(font, bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
    pango_layout_set_font_description(layout, font);
    pango_font_description_free(font);
    if (width > 0) pango_layout_set_width(layout, (int)(width * PANGO_SCALE));
    pango_layout_set_alignment(layout, alignment);
    return layout;
}

/* One context per surface, as pangocairo wants: its resolution and font
 * options follow the surface's. */
static Styles make_styles(cairo_t *cr) {
    PangoContext *c = pango_cairo_create_context(cr);
    cairo_font_options_t *options = cairo_font_options_create();
    cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE);
    cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF);
    cairo_font_options_set_antialias(options, CAIRO_ANTIALIAS_GRAY);
    pango_cairo_context_set_font_options(c, options);
    cairo_font_options_destroy(options);
    pango_context_set_round_glyph_positions(c, 0);
    pango_context_set_language(c, pango_language_from_string("zh-cn"));
    return (Styles){
        .context = c,
        .title = style(c, 48, 1, 0, PANGO_ALIGN_LEFT),
        .subtitle = style(c, 26, 0, 0, PANGO_ALIGN_LEFT),
        .legend = style(c, 22, 0, 0, PANGO_ALIGN_LEFT),
        .badge = style(c, 20, 1, 28, PANGO_ALIGN_CENTER),
        .name = style(c, 24, 0, 0, PANGO_ALIGN_LEFT),
        .value = style(c, 24, 1, 0, PANGO_ALIGN_LEFT),
        .source = style(c, 20, 0, 0, PANGO_ALIGN_LEFT),
    };
}

static void free_styles(Styles *s) {
    PangoLayout *all[] = {s->title, s->subtitle, s->legend, s->badge, s->name, s->value, s->source};
    for (size_t i = 0; i < sizeof all / sizeof *all; i++) g_object_unref(all[i]);
    g_object_unref(s->context);
}

static void show(cairo_t *cr, PangoLayout *layout, const char *text, double x, double y, double gray) {
    pango_layout_set_text(layout, text, -1);
    cairo_set_source_rgb(cr, gray, gray, gray);
    cairo_move_to(cr, x, y);
    pango_cairo_show_layout(cr, layout);
}

static void draw_chart(cairo_t *cr, const Styles *s, int chart) {
    char buffer[128];
    cairo_set_source_rgb(cr, 1, 1, 1);
    cairo_paint(cr);
    show(cr, s->title, "各可持续发展目标覆盖的案例数", 96, 52, 0.1);
    snprintf(buffer, sizeof buffer, "%d个案例 · 覆盖%d个目标", 8 + chart, 12);
    show(cr, s->subtitle, buffer, 96, 128, 0.4);
    for (int i = 0; i < 2; i++) {
        cairo_set_source_rgb(cr, i ? 0.75 : 0.25, i ? 0.78 : 0.28, i ? 0.8 : 0.33);
        cairo_rectangle(cr, 96 + i * 180, 202, 20, 20);
        cairo_fill(cr);
        show(cr, s->legend, i ? "相关目标" : "主要目标", 126 + i * 180, 198, 0.3);
    }
    const double track = 455, span = 1340, unit = span / 4;
    for (int i = 0; i < 17; i++) {
        double y = 256 + i * 43;
        int main_cases = (i * 5 + chart * 3) % 4, related = (i * 3 + chart) % 2;
        const double *c = colours[i];
        cairo_set_source_rgb(cr, c[0], c[1], c[2]);
        cairo_rectangle(cr, 96, y, 28, 28);
        cairo_fill(cr);
        snprintf(buffer, sizeof buffer, "%d", i + 1);
        show(cr, s->badge, buffer, 96, y + 1, 1);
        show(cr, s->name, goals[i], 148, y - 1, 0.15);
        cairo_set_source_rgb(cr, 0.95, 0.95, 0.96);
        cairo_rectangle(cr, track, y + 3, span, 22);
        cairo_fill(cr);
        cairo_set_source_rgb(cr, c[0], c[1], c[2]);
        cairo_rectangle(cr, track, y + 3, main_cases * unit, 22);
        cairo_fill(cr);
        if (related) {
            cairo_set_source_rgba(cr, c[0], c[1], c[2], 0.4);
            cairo_rectangle(cr, track + main_cases * unit, y + 3, related * unit, 22);
            cairo_fill_preserve(cr);
            cairo_set_source_rgb(cr, c[0], c[1], c[2]);
            cairo_set_line_width(cr, 2);
            cairo_stroke(cr);
        }
        snprintf(buffer, sizeof buffer, "%d", main_cases + related);
        show(cr, s->value, buffer, track + (main_cases + related) * unit + 14, y - 1, 0.2);
    }
    show(cr, s->source, "数据来源：城市伙伴关系与可持续发展目标", 96, 1008, 0.4);
}

/* Un-premultiplies Cairo's native-endian ARGB into RGBA rows, as Cairo's own
 * writer and sdgbrief's encoder do, and writes them through libpng. */
static int write_png(cairo_surface_t *image, const char *path) {
    cairo_surface_flush(image);
    int width = cairo_image_surface_get_width(image), height = cairo_image_surface_get_height(image);
    int stride = cairo_image_surface_get_stride(image);
    unsigned char *data = cairo_image_surface_get_data(image);
    FILE *file = fopen(path, "wb");
    if (!file) return 0;
    png_structp png = png_create_write_struct(PNG_LIBPNG_VER_STRING, NULL, NULL, NULL);
    png_infop info = png_create_info_struct(png);
    if (setjmp(png_jmpbuf(png))) { fclose(file); return 0; }
    png_init_io(png, file);
    png_set_filter(png, 0, PNG_FILTER_SUB);
    png_set_compression_level(png, 1);
    png_set_IHDR(png, info, width, height, 8, PNG_COLOR_TYPE_RGBA, PNG_INTERLACE_NONE, PNG_COMPRESSION_TYPE_DEFAULT,
                 PNG_FILTER_TYPE_DEFAULT);
    png_write_info(png, info);
    unsigned char *row = malloc(width * 4);
    for (int y = 0; y < height; y++) {
        const uint32_t *source = (const uint32_t *)(data + y * stride);
        for (int x = 0; x < width; x++) {
            uint32_t pixel = source[x], alpha = pixel >> 24;
            uint32_t r = (pixel >> 16) & 0xFF, g = (pixel >> 8) & 0xFF, b = pixel & 0xFF;
            if (alpha == 0) r = g = b = 0;
            else if (alpha != 255) {
                r = (r * 255 + alpha / 2) / alpha;
                g = (g * 255 + alpha / 2) / alpha;
                b = (b * 255 + alpha / 2) / alpha;
            }
            row[x * 4] = r, row[x * 4 + 1] = g, row[x * 4 + 2] = b, row[x * 4 + 3] = alpha;
        }
        png_write_row(png, row);
    }
    png_write_end(png, info);
    png_destroy_write_struct(&png, &info);
    free(row);
    return fclose(file) == 0;
}

int main(int argc, char **argv) {
    if (argc != 3) {
        fprintf(stderr, "usage: %s COUNT OUTDIR\n", argv[0]);
        return 64;
    }
    int count = atoi(argv[1]);
    char path[4096];
    double started = now();
    for (int chart = 0; chart < count; chart++) {
        snprintf(path, sizeof path, "%s/chart-%d.svg", argv[2], chart);
        cairo_surface_t *svg = cairo_svg_surface_create(path, 1920, 1080);
        cairo_svg_surface_set_document_unit(svg, CAIRO_SVG_UNIT_PX);
        cairo_t *cr = cairo_create(svg);
        Styles styles = make_styles(cr);
        draw_chart(cr, &styles, chart);
        free_styles(&styles);
        cairo_destroy(cr);
        cairo_surface_destroy(svg);

        cairo_surface_t *image = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, 3840, 2160);
        cr = cairo_create(image);
        cairo_scale(cr, 2, 2);
        styles = make_styles(cr);
        draw_chart(cr, &styles, chart);
        free_styles(&styles);
        cairo_destroy(cr);
        snprintf(path, sizeof path, "%s/chart-%d.png", argv[2], chart);
        if (!write_png(image, path)) return 70;
        cairo_surface_destroy(image);
    }
    printf("seconds %.6f\n", now() - started);
    return 0;
}
