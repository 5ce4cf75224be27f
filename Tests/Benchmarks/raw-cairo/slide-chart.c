/* The limit for sdgbrief's charts: the same kind of 1920×1080 slide chart
 * (title, seventeen labelled bars with values, grid, legend) drawn with Cairo
 * and Pango directly, written as SVG and as a PNG at scale 2 with Cairo's own
 * PNG writer, COUNT charts one after another.
 *
 *   cc -O2 slide-chart.c -o slide-chart $(pkg-config --cflags --libs pangocairo)
 *   ./slide-chart COUNT OUTDIR     prints "seconds S"
 */
#include <cairo-svg.h>
#include <pango/pangocairo.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

static double now(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec + t.tv_nsec / 1e9;
}

static void label(cairo_t *cr, const char *s, double size, int bold, double x, double y, double gray) {
    PangoLayout *layout = pango_cairo_create_layout(cr);
    PangoFontDescription *font = pango_font_description_from_string("WenQuanYi Micro Hei");
    pango_font_description_set_absolute_size(font, size * PANGO_SCALE);
    if (bold) pango_font_description_set_weight(font, PANGO_WEIGHT_BOLD);
    pango_layout_set_font_description(layout, font);
    pango_font_description_free(font);
    pango_layout_set_text(layout, s, -1);
    cairo_set_source_rgb(cr, gray, gray, gray);
    cairo_move_to(cr, x, y);
    pango_cairo_show_layout(cr, layout);
    g_object_unref(layout);
}

static void draw_chart(cairo_t *cr, int chart) {
    static const char *goals[] = {"无贫穷", "零饥饿", "良好健康与福祉", "优质教育", "性别平等", "清洁饮水和卫生设施",
                                  "经济适用的清洁能源", "体面工作和经济增长", "产业、创新和基础设施", "减少不平等",
                                  "可持续城市和社区", "负责任消费和生产", "气候行动", "水下生物", "陆地生物",
                                  "和平、正义与强大机构", "促进目标实现的伙伴关系"};
    char buffer[128];
    cairo_set_source_rgb(cr, 1, 1, 1);
    cairo_paint(cr);
    label(cr, "各可持续发展目标涉及的案例数", 44, 1, 80, 50, 0.1);
    label(cr, "城市伙伴关系与可持续发展目标 · 八个获奖城市案例", 24, 0, 80, 115, 0.4);
    for (int i = 0; i <= 8; i++) {
        cairo_set_source_rgb(cr, 0.9, 0.9, 0.9);
        cairo_rectangle(cr, 560 + i * 150, 170, 1.5, 820);
        cairo_fill(cr);
        snprintf(buffer, sizeof buffer, "%d", i);
        label(cr, buffer, 22, 0, 555 + i * 150, 995, 0.5);
    }
    for (int i = 0; i < 17; i++) {
        double y = 175 + i * 48, value = 1 + (i * 5 + chart * 3) % 8;
        label(cr, goals[i], 26, 0, 80, y + 4, 0.15);
        cairo_set_source_rgb(cr, 0.1 + 0.05 * (i % 10), 0.4, 0.8 - 0.04 * i);
        cairo_new_sub_path(cr);
        cairo_arc(cr, 560 + value * 150 - 6, y + 6, 6, -G_PI / 2, 0);
        cairo_arc(cr, 560 + value * 150 - 6, y + 34, 6, 0, G_PI / 2);
        cairo_line_to(cr, 560, y + 40);
        cairo_line_to(cr, 560, y);
        cairo_close_path(cr);
        cairo_fill(cr);
        snprintf(buffer, sizeof buffer, "%d 个案例", (int)value);
        label(cr, buffer, 24, 1, 575 + value * 150, y + 4, 0.1);
    }
    for (int i = 0; i < 2; i++) {
        cairo_set_source_rgb(cr, i ? 0.9 : 0.1, 0.5, i ? 0.1 : 0.9);
        cairo_rectangle(cr, 1300 + i * 260, 60, 28, 28);
        cairo_fill(cr);
        label(cr, i ? "相关目标" : "主要目标", 24, 0, 1340 + i * 260, 58, 0.2);
    }
    label(cr, "资料来源：城市伙伴关系与可持续发展目标", 20, 0, 80, 1040, 0.5);
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
        draw_chart(cr, chart);
        cairo_destroy(cr);
        cairo_surface_destroy(svg);

        cairo_surface_t *image = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, 3840, 2160);
        cr = cairo_create(image);
        cairo_scale(cr, 2, 2);
        draw_chart(cr, chart);
        cairo_destroy(cr);
        snprintf(path, sizeof path, "%s/chart-%d.png", argv[2], chart);
        if (cairo_surface_write_to_png(image, path) != CAIRO_STATUS_SUCCESS) return 70;
        cairo_surface_destroy(image);
    }
    printf("seconds %.6f\n", now() - started);
    return 0;
}
