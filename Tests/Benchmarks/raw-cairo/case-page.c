/* The limit for sdgbrief's PDF: an A4 case page drawn with Cairo and Pango
 * directly, as a careful C programmer would, and nothing else.
 *
 * One Pango context for the whole document (pango_cairo_create_context once,
 * with the font options, language and glyph positioning sdgbrief uses), one
 * PangoLayout per kind of text made once and given new text for each use, the
 * font descriptions made once. Each page carries the marks of a sdgbrief
 * case page: the running header and its rule, the coloured strip, the case's
 * label, city, country and practice, an award pill, three SDG badges, a
 * tinted call-out, about 1,000 characters of justified Chinese in WenQuanYi
 * Micro Hei at 10.5 pt with a 1.75 line height in two paragraphs, a small
 * bar chart with labels and values, and the folio "第 n 页 / 共 N 页". It
 * shapes each text once: no pagination pass, no outline, no links.
 *
 *   cc -O2 case-page.c -o case-page $(pkg-config --cflags --libs pangocairo)
 *   ./case-page PAGES OUT.pdf     prints "seconds-per-page S" and "seconds S"
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
static const char *cities[] = {"松新都", "河湾市", "南岭港", "青石镇", "北川", "云溪城", "东滨", "西原市"};
static const char *regions[] = {"撒哈拉以南非洲", "南亚", "拉丁美洲", "东南亚", "欧洲", "中东和北非"};
static const char *goals[] = {"无贫穷", "零饥饿", "良好健康与福祉", "优质教育", "性别平等", "清洁饮水和卫生设施",
                              "经济适用的清洁能源", "体面工作和经济增长", "产业、创新和基础设施", "减少不平等",
                              "可持续城市和社区", "负责任消费和生产", "气候行动", "水下生物", "陆地生物",
                              "和平、正义与强大机构", "促进目标实现的伙伴关系"};

static double now(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec + t.tv_nsec / 1e9;
}

/* One layout per kind of text, made once. */
typedef struct {
    PangoLayout *running, *label, *city, *country, *practice, *pill, *badge_number, *badge_name,
        *callout_title, *callout, *prose, *bar_label, *bar_value, *folio;
} Styles;

static PangoLayout *style(PangoContext *context, double size, int bold, double width, PangoAlignment alignment,
                          int justify, double line_height) {
    PangoLayout *layout = pango_layout_new(context);
    PangoFontDescription *font = pango_font_description_from_string("WenQuanYi Micro Hei");
    pango_font_description_set_absolute_size(font, size * PANGO_SCALE);
    pango_font_description_set_weight(font, bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
    pango_layout_set_font_description(layout, font);
    pango_font_description_free(font);
    if (width > 0) {
        pango_layout_set_width(layout, (int)(width * PANGO_SCALE) + (justify ? 1 : 0));
        pango_layout_set_wrap(layout, PANGO_WRAP_WORD_CHAR);
    }
    pango_layout_set_alignment(layout, alignment);
    pango_layout_set_justify(layout, justify);
    if (line_height > 0) {
        PangoAttrList *attributes = pango_attr_list_new();
        pango_attr_list_insert(attributes, pango_attr_line_height_new_absolute((int)(line_height * size * PANGO_SCALE)));
        pango_layout_set_attributes(layout, attributes);
        pango_attr_list_unref(attributes);
    }
    return layout;
}

static Styles make_styles(PangoContext *c, double width) {
    return (Styles){
        .running = style(c, 7.5, 0, 0, PANGO_ALIGN_LEFT, 0, 0),
        .label = style(c, 9.5, 1, 0, PANGO_ALIGN_LEFT, 0, 0),
        .city = style(c, 30, 1, 0, PANGO_ALIGN_LEFT, 0, 1.2),
        .country = style(c, 13, 0, 0, PANGO_ALIGN_LEFT, 0, 0),
        .practice = style(c, 15, 1, width, PANGO_ALIGN_LEFT, 0, 1.4),
        .pill = style(c, 8.5, 1, 0, PANGO_ALIGN_LEFT, 0, 0),
        .badge_number = style(c, 9, 1, 16, PANGO_ALIGN_CENTER, 0, 0),
        .badge_name = style(c, 8, 0, 0, PANGO_ALIGN_LEFT, 0, 0),
        .callout_title = style(c, 8.5, 1, width - 24, PANGO_ALIGN_LEFT, 0, 0),
        .callout = style(c, 9.5, 0, width - 24, PANGO_ALIGN_LEFT, 0, 1.6),
        .prose = style(c, 10.5, 0, width, PANGO_ALIGN_LEFT, 1, 1.75),
        .bar_label = style(c, 7.5, 0, 0, PANGO_ALIGN_LEFT, 0, 0),
        .bar_value = style(c, 7.5, 1, 0, PANGO_ALIGN_LEFT, 0, 0),
        .folio = style(c, 7.5, 0, width, PANGO_ALIGN_CENTER, 0, 0),
    };
}

static int show(cairo_t *cr, PangoLayout *layout, const char *text, double x, double y, double r, double g, double b) {
    pango_layout_set_text(layout, text, -1);
    cairo_set_source_rgb(cr, r, g, b);
    cairo_move_to(cr, x, y);
    pango_cairo_show_layout(cr, layout);
    int height;
    pango_layout_get_pixel_size(layout, NULL, &height);
    return height;
}

static void rounded(cairo_t *cr, double x, double y, double w, double h, double radius) {
    cairo_new_sub_path(cr);
    cairo_arc(cr, x + w - radius, y + radius, radius, -G_PI / 2, 0);
    cairo_arc(cr, x + w - radius, y + h - radius, radius, 0, G_PI / 2);
    cairo_arc(cr, x + radius, y + h - radius, radius, G_PI / 2, G_PI);
    cairo_arc(cr, x + radius, y + radius, radius, G_PI, 3 * G_PI / 2);
    cairo_close_path(cr);
}

static void draw_page(cairo_t *cr, const Styles *s, int page, int pages) {
    const double left = 56, width = 595.276 - 112;
    char buffer[512];
    /* Running header and its rule. */
    show(cr, s->running, "城市伙伴关系与可持续发展目标（合成数据）", left, 34, 0.45, 0.45, 0.45);
    snprintf(buffer, sizeof buffer, "案例 %02d　松新都", page + 1);
    show(cr, s->running, buffer, left + width - 60, 34, 0.45, 0.45, 0.45);
    cairo_set_source_rgb(cr, 0.85, 0.85, 0.85);
    cairo_rectangle(cr, left, 48, width, 0.5);
    cairo_fill(cr);
    /* The coloured strip: one segment per goal of the case. */
    for (int i = 0; i < 4; i++) {
        cairo_set_source_rgb(cr, 0.2 + 0.2 * i, 0.6 - 0.1 * i, 0.3 + 0.1 * i);
        cairo_rectangle(cr, left + i * width / 4, 54, width / 4, 4);
        cairo_fill(cr);
    }
    /* The case's label, city, country and practice. */
    snprintf(buffer, sizeof buffer, "案例 %02d　·　%s", page + 1, regions[page % 6]);
    show(cr, s->label, buffer, left, 70, 0.75, 0.45, 0.1);
    show(cr, s->city, cities[page % 8], left, 84, 0.1, 0.1, 0.1);
    show(cr, s->country, "肯尼亚", left + 100, 100, 0.5, 0.5, 0.5);
    show(cr, s->practice, "滨水教育示范工程与包容性公共卫生平台", left, 124, 0.1, 0.3, 0.6);
    /* An award pill. */
    cairo_set_source_rgb(cr, 0.1, 0.3, 0.6);
    rounded(cr, left, 152, 106, 16, 8);
    cairo_set_line_width(cr, 0.8);
    cairo_stroke(cr);
    show(cr, s->pill, "★ 广州国际城市创新奖", left + 7, 154, 0.1, 0.3, 0.6);
    /* SDG badges: a coloured square with the number and the goal's name. */
    for (int i = 0; i < 3; i++) {
        int goal = (page + i * 5) % 17;
        double x = left + i * 100;
        cairo_set_source_rgb(cr, 0.2 + 0.25 * i, 0.55, 0.7 - 0.2 * i);
        cairo_rectangle(cr, x, 176, 16, 16);
        cairo_fill(cr);
        snprintf(buffer, sizeof buffer, "%d", goal + 1);
        show(cr, s->badge_number, buffer, x, 178, 1, 1, 1);
        show(cr, s->badge_name, goals[goal], x + 21, 179, 0.2, 0.2, 0.2);
    }
    /* A tinted call-out with a bar at its left edge. */
    cairo_set_source_rgb(cr, 1.0, 0.97, 0.88);
    cairo_rectangle(cr, left, 202, width, 56);
    cairo_fill(cr);
    cairo_set_source_rgb(cr, 0.95, 0.7, 0.1);
    cairo_rectangle(cr, left, 202, 2.5, 56);
    cairo_fill(cr);
    show(cr, s->callout_title, "可持续发展目标城市伙伴关系", left + 12, 208, 0.75, 0.45, 0.1);
    show(cr, s->callout, "松新都展示了城市如何通过与私营企业合作、城市数据的开放与共享，从而推动了城市治理方式的转变。（可持续发展目标7）",
         left + 12, 222, 0.2, 0.2, 0.2);
    /* About 900 characters of justified prose, in two paragraphs. */
    double y = 270;
    for (int paragraph = 0; paragraph < 2; paragraph++) {
        GString *prose = g_string_new("\u3000\u3000");
        for (int i = 0; g_utf8_strlen(prose->str, -1) < 450; i++)
            g_string_append(prose, sentences[(i + page + paragraph * 3) % 6]);
        y += show(cr, s->prose, prose->str, left, y, 0.1, 0.1, 0.1) + 6;
        g_string_free(prose, TRUE);
    }
    /* A small bar chart: eight bars on a track, a label and a value each. */
    y += 8;
    for (int i = 0; i < 8; i++) {
        double row = y + i * 12, bar = 40 + ((i * 37 + page * 11) % 300);
        snprintf(buffer, sizeof buffer, "指标%d", i + 1);
        show(cr, s->bar_label, buffer, left, row, 0.3, 0.3, 0.3);
        cairo_set_source_rgb(cr, 0.95, 0.95, 0.96);
        cairo_rectangle(cr, left + 50, row + 2, 340, 8);
        cairo_fill(cr);
        cairo_set_source_rgb(cr, 0.1, 0.4, 0.7);
        cairo_rectangle(cr, left + 50, row + 2, bar, 8);
        cairo_fill(cr);
        snprintf(buffer, sizeof buffer, "%d万人", (int)bar);
        show(cr, s->bar_value, buffer, left + 396, row, 0.1, 0.1, 0.1);
    }
    /* Folio. */
    snprintf(buffer, sizeof buffer, "第 %d 页 / 共 %d 页", page + 1, pages);
    show(cr, s->folio, buffer, left, 812, 0.45, 0.45, 0.45);
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
    /* One context for the document, set up as sdgbrief sets up its own. */
    PangoContext *context = pango_cairo_create_context(cr);
    cairo_font_options_t *options = cairo_font_options_create();
    cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE);
    cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF);
    cairo_font_options_set_antialias(options, CAIRO_ANTIALIAS_GRAY);
    pango_cairo_context_set_font_options(context, options);
    cairo_font_options_destroy(options);
    pango_context_set_round_glyph_positions(context, 0);
    pango_context_set_language(context, pango_language_from_string("zh-cn"));
    Styles styles = make_styles(context, 595.276 - 112);
    for (int page = 0; page < pages; page++) {
        draw_page(cr, &styles, page, pages);
        cairo_show_page(cr);
    }
    PangoLayout **all = (PangoLayout **)&styles;
    for (size_t i = 0; i < sizeof styles / sizeof *all; i++) g_object_unref(all[i]);
    g_object_unref(context);
    cairo_destroy(cr);
    cairo_surface_finish(surface);
    int status = cairo_surface_status(surface);
    cairo_surface_destroy(surface);
    double seconds = now() - started;
    printf("seconds-per-page %.6f\nseconds %.6f\n", seconds / pages, seconds);
    return status == CAIRO_STATUS_SUCCESS ? 0 : 70;
}
