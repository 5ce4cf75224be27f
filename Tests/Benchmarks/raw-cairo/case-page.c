/* The limit for sdgbrief's PDF: the same kind of A4 case page drawn with
 * Cairo and Pango directly, and nothing else. About 900 characters of
 * justified Chinese in WenQuanYi Micro Hei at 10.5 pt, a header, a row of SDG
 * badges and a small vector bar chart per page, streamed to a PDF file.
 *
 *   cc -O2 case-page.c -o case-page $(pkg-config --cflags --libs pangocairo)
 *   ./case-page PAGES OUT.pdf     prints "seconds-per-page S"
 */
#include <cairo-pdf.h>
#include <pango/pangocairo.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static const char *sentences[] = {
    "面对快速城市化带来的压力，市政府联合推动了低收入社区的基础设施改造，显著改善了居民的生活质量。",
    "此外，社区团体共同设计了公共交通与步行网络的衔接，为其他城市提供了可借鉴的经验。",
    "在新冠肺炎疫情的冲击下，当地居民逐步建立了雨水收集和再利用系统，减少了温室气体排放。",
    "与此同时，城市规划部门积极参与了城市绿地和生态廊道的保护，创造了大量体面的就业机会。",
    "为应对日益频繁的极端天气，大学研究人员系统评估了可负担住房的供给机制，增强了社区应对危机的能力。",
    "在此基础上，非营利组织持续改进了非正规经济从业者的社会保障，提高了公共资源的使用效率。",
};

static double now(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec + t.tv_nsec / 1e9;
}

static PangoLayout *text(cairo_t *cr, const char *s, double size, int bold, double width, int justify, double line_height) {
    PangoLayout *layout = pango_cairo_create_layout(cr);
    PangoFontDescription *font = pango_font_description_from_string("WenQuanYi Micro Hei");
    pango_font_description_set_absolute_size(font, size * PANGO_SCALE);
    if (bold) pango_font_description_set_weight(font, PANGO_WEIGHT_BOLD);
    pango_layout_set_font_description(layout, font);
    pango_font_description_free(font);
    if (width > 0) {
        pango_layout_set_width(layout, (int)(width * PANGO_SCALE) + 1);
        pango_layout_set_wrap(layout, PANGO_WRAP_WORD_CHAR);
    }
    pango_layout_set_justify(layout, justify);
    if (line_height > 0) {
        PangoAttrList *attributes = pango_attr_list_new();
        pango_attr_list_insert(attributes, pango_attr_line_height_new_absolute((int)(line_height * size * PANGO_SCALE)));
        pango_layout_set_attributes(layout, attributes);
        pango_attr_list_unref(attributes);
    }
    pango_layout_set_text(layout, s, -1);
    return layout;
}

static void show(cairo_t *cr, PangoLayout *layout, double x, double y, double r, double g, double b) {
    cairo_set_source_rgb(cr, r, g, b);
    cairo_move_to(cr, x, y);
    pango_cairo_show_layout(cr, layout);
}

static void draw_page(cairo_t *cr, int page) {
    const double left = 56, width = 595.276 - 112;
    char buffer[256];
    /* Header: a colour bar, the city, the practice. */
    cairo_set_source_rgb(cr, 0.9, 0.3, 0.2);
    cairo_rectangle(cr, left, 60, width, 5);
    cairo_fill(cr);
    snprintf(buffer, sizeof buffer, "案例 %02d　·　南亚", page + 1);
    PangoLayout *l = text(cr, buffer, 9.5, 1, 0, 0, 0);
    show(cr, l, left, 79, 0.6, 0.2, 0.1);
    g_object_unref(l);
    l = text(cr, "松泉都", 30, 1, 0, 0, 1.2);
    show(cr, l, left, 95, 0.1, 0.1, 0.1);
    g_object_unref(l);
    l = text(cr, "包容性公共卫生平台", 15, 1, width, 0, 1.4);
    show(cr, l, left, 137, 0.1, 0.3, 0.6);
    g_object_unref(l);
    /* SDG badges: a coloured square with the number and the goal's name. */
    static const char *names[] = {"健康福祉", "体面工作", "可持续城市", "伙伴关系"};
    for (int i = 0; i < 4; i++) {
        double x = left + i * 110;
        cairo_set_source_rgb(cr, 0.2 + 0.15 * i, 0.5, 0.7 - 0.1 * i);
        cairo_rectangle(cr, x, 170, 22, 22);
        cairo_fill(cr);
        snprintf(buffer, sizeof buffer, "%d", 3 + 4 * i);
        l = text(cr, buffer, 11, 1, 22, 0, 0);
        pango_layout_set_alignment(l, PANGO_ALIGN_CENTER);
        show(cr, l, x, 174, 1, 1, 1);
        g_object_unref(l);
        l = text(cr, names[i], 9, 0, 0, 0, 0);
        show(cr, l, x + 27, 175, 0.1, 0.1, 0.1);
        g_object_unref(l);
    }
    /* About 900 characters of justified prose. */
    GString *prose = g_string_new("\u3000\u3000");
    for (int i = 0; g_utf8_strlen(prose->str, -1) < 900; i++) g_string_append(prose, sentences[(i + page) % 6]);
    l = text(cr, prose->str, 10.5, 0, width, 1, 1.75);
    show(cr, l, left, 206, 0.1, 0.1, 0.1);
    int h;
    pango_layout_get_pixel_size(l, NULL, &h);
    g_object_unref(l);
    g_string_free(prose, TRUE);
    /* A small bar chart: eight bars with a label and a value each. */
    double top = 206 + h + 20;
    for (int i = 0; i < 8; i++) {
        double y = top + i * 18, bar = 40 + ((i * 37 + page * 11) % 200);
        snprintf(buffer, sizeof buffer, "指标%d", i + 1);
        l = text(cr, buffer, 8, 0, 0, 0, 0);
        show(cr, l, left, y, 0.3, 0.3, 0.3);
        g_object_unref(l);
        cairo_set_source_rgb(cr, 0.1, 0.4, 0.7);
        cairo_rectangle(cr, left + 60, y + 2, bar, 10);
        cairo_fill(cr);
        snprintf(buffer, sizeof buffer, "%d万人", (int)bar);
        l = text(cr, buffer, 8, 1, 0, 0, 0);
        show(cr, l, left + 66 + bar, y, 0.1, 0.1, 0.1);
        g_object_unref(l);
    }
    /* Folio. */
    snprintf(buffer, sizeof buffer, "第 %d 页", page + 1);
    l = text(cr, buffer, 8.5, 0, width, 0, 0);
    pango_layout_set_alignment(l, PANGO_ALIGN_CENTER);
    show(cr, l, left, 800, 0.4, 0.4, 0.4);
    g_object_unref(l);
}

int main(int argc, char **argv) {
    if (argc != 3) {
        fprintf(stderr, "usage: %s PAGES OUT.pdf\n", argv[0]);
        return 64;
    }
    int pages = atoi(argv[1]);
    double started = now();
    cairo_surface_t *surface = cairo_pdf_surface_create(argv[2], 595.276, 841.89);
    cairo_t *cr = cairo_create(surface);
    for (int page = 0; page < pages; page++) {
        draw_page(cr, page);
        cairo_show_page(cr);
    }
    cairo_destroy(cr);
    cairo_surface_finish(surface);
    int status = cairo_surface_status(surface);
    cairo_surface_destroy(surface);
    printf("seconds-per-page %.6f\n", (now() - started) / pages);
    return status == CAIRO_STATUS_SUCCESS ? 0 : 70;
}
