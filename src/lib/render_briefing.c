/* render_briefing.c: the briefing figure: a time axis across, one lane
 * per principal actor down (the most active few; the rest folded into
 * "Others"), events as type-coded markers at their date, responses drawn
 * as arrows from the answer back to what it answers, and a legend.
 *
 * evgraph computes the positions itself, because a true time scale is not
 * something a graph layout engine offers, and lets Graphviz draw them with
 * the "nop2" engine (pinned nodes, routed edges). Long empty stretches of
 * time are folded: the axis breaks, and the fold is labelled with the time
 * it hides, so 2016 and 2021 fit on one slide. */
#include <libical/ical.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "headline.h"
#include "render.h"
#include "render_gv.h"

extern const char evg_tpl_briefing_dot[];

/* Above MAX_MARKS dated events a marker stands for the events of one
 * lane and type within CELL_PT of the axis (see S_cells). */
enum { MAX_LANES = 6, FOLD_DAYS = 120, MAX_LABELS = 80, MAX_MARKS = 400 };
static const double CELL_PT = 24;

/* The canvas in points: 960 x 540 pt is 1280 x 720 px at 96 dpi. */
static const double W = 960, H = 540, LEFT = 150, RIGHT = 24, AXIS_Y = 78,
                    TOP = 480, GAP = 40;

typedef struct {
	double x0, y0, x1, y1;
} S_box;

typedef struct {
	const evg_event *e; /* the event shown: the most reported of a cell */
	long day;
	int lane;
	size_t count;       /* the events it stands for */
	long last;          /* the day of the last of them */
	double x, y;
	Agnode_t *node;
} S_mark;

/* Where a cell is: lane, type and CELL_PT-wide stretch of the axis. */
typedef struct {
	int lane, type;
	long bucket;
} S_cellkey;

typedef struct {
	long start, end; /* days, padded */
	double x0, x1;
} S_seg;

typedef struct {
	evg_gv gv;          /* the output graph and the template */
	S_mark *events;     /* every dated event, in date order */
	size_t nevents;
	S_mark *marks;      /* what is drawn: the events, or cells of them */
	size_t nmarks;
	S_seg *segs;
	size_t nsegs;
	const evg_actor *lanes[MAX_LANES];
	int nlanes, others; /* others: 1 when an "Others" lane exists */
	evg_buf bg;         /* xdot drawing operations under everything */
	evg_map by_id;      /* event id -> the S_mark drawing it */
	S_box *boxes;       /* what labels must not cover */
	size_t nboxes;
} S_fig;

/* Days since 1970-01-01 of a civil date, through libical. */
static long S_days(int y, int m, int d)
{
	struct icaltimetype t = icaltime_null_date();
	t.year = y;
	t.month = m;
	t.day = d;
	return (long)(icaltime_as_timet(t) / 86400);
}

/* The day a coarse date is drawn at: mid-month, mid-year. */
static long S_day_of(evg_date d)
{
	if (d.prec == EVG_PREC_DAY)
		return S_days(d.year, d.month, d.day);
	if (d.prec == EVG_PREC_MONTH)
		return S_days(d.year, d.month, 15);
	return S_days(d.year, 7, 1);
}

static struct icaltimetype S_civil(long day)
{
	return icaltime_from_timet_with_zone((time_t)day * 86400, 1, NULL);
}

/* ---- what goes where ---- */

static int S_cmp_count(const void *pa, const void *pb)
{
	const evg_actor *a = *(const evg_actor *const *)pa;
	const evg_actor *b = *(const evg_actor *const *)pb;
	size_t na = evg_actor_event_count(a), nb = evg_actor_event_count(b);
	if (na != nb)
		return na > nb ? -1 : 1;
	return strcmp(evg_actor_name(a), evg_actor_name(b));
}

/* The lane of an event: that of its first source with a lane of its own,
 * else the "Others" lane (index nlanes). */
static int S_lane_of(const S_fig *f, const evg_event *e)
{
	size_t i;
	int k;
	for (i = 0; i < evg_event_source_count(e); i++)
		for (k = 0; k < f->nlanes; k++)
			if (evg_event_source(e, i) == f->lanes[k])
				return k;
	return f->nlanes;
}

/* Principal actors are the most active sources; when all actors fit,
 * everyone gets a lane and there is no "Others". */
static void S_pick_lanes(S_fig *f, const evg_graph *g)
{
	size_t n = evg_graph_actor_count(g), i, k = 0;
	const evg_actor **by = evg_calloc(evg_default_mem(), n ? n : 1, sizeof *by);
	for (i = 0; i < n; i++) {
		const evg_actor *a = evg_graph_actor(g, i);
		size_t j, src = 0;
		for (j = 0; j < f->nevents && !src; j++)
			src = evg_event_source_count(f->events[j].e) &&
			      evg_event_source(f->events[j].e, 0) == a;
		if (src)
			by[k++] = a;
	}
	qsort(by, k, sizeof *by, S_cmp_count);
	f->nlanes = (int)(k <= MAX_LANES ? k : MAX_LANES - 1);
	for (i = 0; i < (size_t)f->nlanes; i++)
		f->lanes[i] = by[i];
	f->others = 0;
	for (i = 0; i < f->nevents; i++) {
		f->events[i].lane = S_lane_of(f, f->events[i].e);
		f->others |= f->events[i].lane == f->nlanes;
	}
	evg_default_mem()->free((void *)by);
}

/* Splits the dated span into segments wherever nothing happens for more
 * than FOLD_DAYS, and gives each a share of the width proportional to
 * its length (with a floor, so a lone event still has room). */
static void S_segments(S_fig *f)
{
	size_t i, n = 0;
	double avail, total = 0, scale;
	f->segs = evg_calloc(evg_default_mem(), f->nevents ? f->nevents : 1, sizeof *f->segs);
	for (i = 0; i < f->nevents; i++) {
		long d = f->events[i].day;
		if (n && d - f->segs[n - 1].end <= FOLD_DAYS) {
			f->segs[n - 1].end = d;
			continue;
		}
		f->segs[n].start = f->segs[n].end = d;
		n++;
	}
	f->nsegs = n;
	for (i = 0; i < n; i++) {
		f->segs[i].start -= 20; /* room for the markers at the ends */
		f->segs[i].end += 20;
		total += (double)(f->segs[i].end - f->segs[i].start);
	}
	avail = W - LEFT - RIGHT - GAP * (double)(n ? n - 1 : 0);
	scale = total > 0 ? avail / total : 1;
	total = LEFT;
	for (i = 0; i < n; i++) {
		double w = (double)(f->segs[i].end - f->segs[i].start) * scale;
		f->segs[i].x0 = total;
		f->segs[i].x1 = total + w;
		total += w + GAP;
	}
}

static double S_x(const S_fig *f, long day)
{
	size_t i;
	for (i = 0; i < f->nsegs; i++) {
		const S_seg *s = &f->segs[i];
		if (day >= s->start && day <= s->end)
			return s->x0 + (s->x1 - s->x0) * (double)(day - s->start) /
			                   (double)(s->end - s->start);
	}
	return LEFT;
}

static double S_lane_height(const S_fig *f)
{
	return (TOP - AXIS_Y - 10) / (double)(f->nlanes + f->others);
}

static double S_lane_y(const S_fig *f, int lane)
{
	return TOP - S_lane_height(f) * ((double)lane + 0.5);
}

/* 1 when a marker already placed in `lane` sits near (x, y). Marks come
 * in date order, so only a short look-back can collide. */
static int S_taken(const S_fig *f, size_t upto, int lane, double x, double y)
{
	size_t j, seen = 0;
	for (j = upto; j-- > 0 && seen < 64; seen++) {
		const S_mark *o = &f->marks[j];
		if (o->lane == lane && x - o->x < 14 && o->x - x < 14 && o->y == y)
			return 1;
	}
	return 0;
}

/* Markers close in time in one lane are stacked three high (on, above
 * and below the lane's centre line), then step sideways while there is
 * room, so none hides another and none leaves its lane or the canvas; in
 * a crowd with no room left, a marker stays at its date. */
static void S_place(S_fig *f)
{
	static const double rows[] = {0, 1, -1};
	double step = S_lane_height(f) / 4;
	size_t i, r, k;
	for (i = 0; i < f->nmarks; i++) {
		S_mark *m = &f->marks[i];
		double base = S_lane_y(f, m->lane), x = S_x(f, m->day);
		m->x = x;
		m->y = base;
		for (k = 0; k < 12 && x + 14.0 * (double)k < W - RIGHT; k++)
			for (r = 0; r < sizeof rows / sizeof *rows; r++)
				if (!S_taken(f, i, m->lane, x + 14.0 * (double)k,
				             base + rows[r] * step)) {
					m->x = x + 14.0 * (double)k;
					m->y = base + rows[r] * step;
					k = 12;
					break;
				}
	}
}

/* What is drawn. Up to MAX_MARKS events each is a marker. Beyond, a
 * slide cannot show them one by one: the events of one lane and type
 * within CELL_PT of the axis become one marker, sized by their number,
 * showing the most reported of them, so a year of news draws in the
 * time and memory of a few hundred markers. */
static void S_cells(S_fig *f)
{
	evg_map cells;
	S_cellkey *keys = evg_calloc(evg_default_mem(), f->nevents ? f->nevents : 1, sizeof *keys);
	size_t i;
	evg_map_init(&cells, evg_default_mem());
	f->marks = evg_calloc(evg_default_mem(), f->nevents ? f->nevents : 1, sizeof *f->marks);
	for (i = 0; i < f->nevents; i++) {
		const S_mark *ev = &f->events[i];
		const char *id = evg_event_id(ev->e);
		S_cellkey *k = &keys[f->nmarks];
		S_mark *m = NULL;
		if (f->nevents > MAX_MARKS) {
			k->lane = ev->lane;
			k->type = (int)evg_event_type_of(ev->e);
			k->bucket = (long)((S_x(f, ev->day) - LEFT) / CELL_PT);
			m = evg_map_get(&cells, (const char *)k, sizeof *k);
		}
		if (!m) {
			m = &f->marks[f->nmarks++];
			*m = *ev;
			m->count = 0;
			if (f->nevents > MAX_MARKS)
				evg_map_put(&cells, (const char *)k, sizeof *k, m);
		}
		m->count++;
		m->last = ev->day;
		if (evg_event_doc_count(ev->e) > evg_event_doc_count(m->e))
			m->e = ev->e;
		evg_map_put(&f->by_id, id, strlen(id), m);
	}
	evg_map_free(&cells);
	evg_default_mem()->free(keys);
}

/* ---- Graphviz plumbing ---- */

static void S_set(void *obj, const char *name, const char *value)
{
	evg_gv_set(obj, name, value);
}

/* Input text as an attribute Graphviz shows literally (render_gv_text.c). */
static void S_set_text(S_fig *f, void *obj, const char *name, const char *s,
                       size_t len)
{
	evg_buf_clear(&f->gv.tmp);
	evg_gv_text(&f->gv.tmp, s, len, 0, 0);
	evg_gv_set(obj, name, f->gv.tmp.ptr ? f->gv.tmp.ptr : "");
}

/* The template's value of attribute `name` on its node `tnode`, or dflt. */
static const char *S_tpl(S_fig *f, const char *tnode, const char *name,
                         const char *dflt)
{
	const char *v = evg_gv_class_attr(&f->gv, tnode, name);
	return v && v[0] ? v : dflt;
}

static void S_style(S_fig *f, void *obj, const char *tnode)
{
	evg_gv_apply_class(&f->gv, obj, tnode, 0);
}

static Agnode_t *S_node(S_fig *f, const char *name, double x, double y)
{
	char pos[64];
	Agnode_t *n = agnode(f->gv.ag, (char *)name, 1);
	snprintf(pos, sizeof pos, "%.1f,%.1f!", x, y);
	S_set(n, "pos", pos);
	return n;
}

static Agnode_t *S_text_node(S_fig *f, const char *name, double x, double y,
                             const char *text, const char *fontsize)
{
	Agnode_t *n = S_node(f, name, x, y);
	S_set(n, "shape", "plaintext");
	S_set(n, "style", "");
	S_set(n, "fixedsize", "false");
	S_set(n, "width", "0");
	S_set(n, "height", "0");
	S_set(n, "fontsize", fontsize);
	S_set_text(f, n, "label", text, strlen(text));
	return n;
}

/* ---- the drawing ---- */

/* xdot: a filled rectangle in the background layer. */
static void S_bg_rect(S_fig *f, const char *color, double x0, double y0,
                      double x1, double y1)
{
	evg_buf_printf(&f->bg, "C %zu -%s c %zu -%s P 4 %.1f %.1f %.1f %.1f %.1f %.1f %.1f %.1f ",
	               strlen(color), color, strlen(color), color, x0, y0, x1, y0,
	               x1, y1, x0, y1);
}

static void S_bg_line(S_fig *f, const char *color, const char *style,
                      double x0, double y0, double x1, double y1)
{
	evg_buf_printf(&f->bg, "c %zu -%s S %zu -%s L 2 %.1f %.1f %.1f %.1f ",
	               strlen(color), color, strlen(style), style, x0, y0, x1, y1);
}

static void S_short_name(evg_buf *b, const evg_actor *a);

static void S_lanes(S_fig *f)
{
	double h = S_lane_height(f);
	char name[32];
	evg_buf b = EVG_BUF_INIT(evg_default_mem());
	int i, n = f->nlanes + f->others;
	for (i = 0; i < n; i++) {
		S_bg_rect(f, S_tpl(f, i % 2 ? "lane_odd" : "lane_even", "fillcolor", "#ffffff"),
		          8, TOP - h * (i + 1), W - 8, TOP - h * i);
		/* A name too long for the margin gives way to its short form. */
		evg_buf_clear(&b);
		if (i == f->nlanes)
			evg_buf_puts(&b, "Others");
		else if (strlen(evg_actor_name(f->lanes[i])) <= 20)
			evg_buf_puts(&b, evg_actor_name(f->lanes[i]));
		else
			S_short_name(&b, f->lanes[i]);
		snprintf(name, sizeof name, "lane%d", i);
		S_text_node(f, name, LEFT / 2, S_lane_y(f, i), b.ptr, "12");
	}
	evg_buf_free(&b);
}

static const char *const S_mon[12] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                      "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

/* Month ticks along one segment, thinned to fit; the year is written at
 * January and at the segment's first tick. */
static void S_ticks(S_fig *f, const S_seg *s, size_t *serial)
{
	struct icaltimetype t = S_civil(s->start);
	double per_month = (s->x1 - s->x0) * 30.44 / (double)(s->end - s->start);
	int step = per_month >= 30 ? 1 : per_month >= 12 ? 3 : per_month >= 4 ? 6 : 12;
	int first = 1;
	long day;
	t.day = 1;
	for (;;) {
		char name[32], label[32];
		if ((t.month - 1) % step == 0) {
			day = S_days(t.year, t.month, 1);
			if (day > s->end)
				break;
			if (day >= s->start) {
				double x = S_x(f, day);
				snprintf(label, sizeof label, first || t.month == 1 ? "%s %d" : "%s",
				         S_mon[t.month - 1], t.year);
				if (step == 12)
					snprintf(label, sizeof label, "%d", t.year);
				snprintf(name, sizeof name, "tick%zu", (*serial)++);
				S_text_node(f, name, x, AXIS_Y - 14, label, "9");
				S_bg_line(f, "#222222", "solid", x, AXIS_Y, x, AXIS_Y - 4);
				if (t.month == 1 && !first)
					S_bg_line(f, "#bbbbbb", "dotted", x, AXIS_Y, x, TOP);
				first = 0;
			}
		}
		t.month++;
		if (t.month > 12)
			t.month = 1, t.year++;
	}
}

/* The axis, segment by segment, with a shaded fold between segments that
 * says how much time it hides. */
static void S_axis(S_fig *f)
{
	const char *axis = S_tpl(f, "axis", "color", "#222222");
	size_t i, serial = 0;
	for (i = 0; i < f->nsegs; i++) {
		const S_seg *s = &f->segs[i];
		S_bg_line(f, axis, "solid", s->x0, AXIS_Y, s->x1, AXIS_Y);
		S_ticks(f, s, &serial);
		if (i + 1 < f->nsegs) {
			const S_seg *n = &f->segs[i + 1];
			long days = n->start - s->end;
			char label[32], name[32];
			S_bg_rect(f, "#e4e4e4", s->x1 + 8, AXIS_Y - 6, n->x0 - 8, TOP);
			if (days >= 700)
				snprintf(label, sizeof label, "%.0f yrs", (double)days / 365.25);
			else
				snprintf(label, sizeof label, "%.0f mo", (double)days / 30.44);
			snprintf(name, sizeof name, "fold%zu", i);
			S_text_node(f, name, (s->x1 + n->x0) / 2, AXIS_Y + 10, label, "8");
		}
	}
}

/* A name short enough for a label: long names give way to an all-caps
 * alias ("United States" -> "US", "Democratic National Committee" ->
 * "DNC"), else they are cut. */
static void S_short_name(evg_buf *b, const evg_actor *a)
{
	const char *name = evg_actor_name(a), *p = evg_actor_aliases(a);
	size_t n = strlen(name);
	while (n > 10 && p && *p) {
		const char *end = strchr(p, ';');
		size_t len = end ? (size_t)(end - p) : strlen(p), i, caps = 1;
		for (i = 0; i < len; i++)
			caps &= (p[i] >= 'A' && p[i] <= 'Z') || p[i] == '.';
		if (caps && len >= 2 && len <= 5) {
			evg_buf_put(b, p, len);
			return;
		}
		p = end ? end + 1 : NULL;
	}
	evg_buf_printf(b, "%.18s%s", name, n > 18 ? "\xE2\x80\xA6" : "");
}

/* "denies US" / "7 Oct 2016": what the marker's lane does not say; in
 * the "Others" lane that includes who acted. */
static void S_short_label(S_fig *f, evg_buf *b, const S_mark *m)
{
	const evg_event *e = m->e;
	char type[32];
	evg_date d = evg_event_date(e);
	if (m->lane == f->nlanes && evg_event_source_count(e)) {
		S_short_name(b, evg_event_source(e, 0));
		evg_buf_putc(b, ' ');
	}
	snprintf(type, sizeof type, "type_%s", evg_event_type_name(evg_event_type_of(e)));
	evg_buf_puts(b, S_tpl(f, type, "label", ""));
	if (evg_event_target_count(e)) {
		evg_buf_putc(b, ' ');
		S_short_name(b, evg_event_target(e, 0));
	}
	if (m->count > 1)
		evg_buf_printf(b, " \xC3\x97%zu", m->count); /* " ×12" */
	if (d.prec == EVG_PREC_DAY)
		evg_buf_printf(b, "\n%d %s %d", d.day, S_mon[d.month - 1], d.year);
	else if (d.prec == EVG_PREC_MONTH)
		evg_buf_printf(b, "\n%s %d", S_mon[d.month - 1], d.year);
	else
		evg_buf_printf(b, "\n%d", d.year);
}

/* A cell's marker grows with the number of its events (a step per
 * doubling), and its tooltip says how many and when before naming the
 * most reported one. */
static void S_cell_look(S_mark *m, evg_buf *tip)
{
	struct icaltimetype a = S_civil(m->day), z = S_civil(m->last);
	char size[16];
	size_t n = m->count;
	int steps = 0;
	while (n > 1 && steps < 3)
		n >>= 1, steps++;
	snprintf(size, sizeof size, "%.2f", 0.16 + 0.04 * steps);
	S_set(m->node, "width", size);
	S_set(m->node, "height", size);
	evg_buf_printf(tip, "%zu events, %d %s %d to %d %s %d; the most reported:\n",
	               m->count, a.day, S_mon[a.month - 1], a.year, z.day,
	               S_mon[z.month - 1], z.year);
}

static void S_marks(S_fig *f)
{
	evg_buf b = EVG_BUF_INIT(evg_default_mem());
	size_t i;
	for (i = 0; i < f->nmarks; i++) {
		S_mark *m = &f->marks[i];
		char name[32], type[32];
		snprintf(name, sizeof name, "m%zu", i);
		snprintf(type, sizeof type, "type_%s", evg_event_type_name(evg_event_type_of(m->e)));
		m->node = S_node(f, name, m->x, m->y);
		S_style(f, m->node, type);
		S_set(m->node, "label", "");
		evg_buf_clear(&b);
		if (m->count > 1)
			S_cell_look(m, &b);
		evg_event_headline(&b, m->e);
		S_set_text(f, m->node, "tooltip", b.ptr, b.len);
	}
	evg_buf_free(&b);
}

static int S_overlaps(const S_fig *f, const S_box *a)
{
	size_t i;
	if (a->x0 < LEFT - 10 || a->x1 > W - 4 || a->y0 < AXIS_Y + 2 || a->y1 > TOP + 4)
		return 1;
	for (i = 0; i < f->nboxes; i++) {
		const S_box *b = &f->boxes[i];
		if (a->x0 < b->x1 && b->x0 < a->x1 && a->y0 < b->y1 && b->y0 < a->y1)
			return 1;
	}
	return 0;
}

/* Size of a label of `lines` lines, the longest `cols` characters long, at
 * the figure's 10 pt: an estimate, kept generous, since Graphviz measures
 * text only when it draws. */
static void S_label_size(const char *text, double *w, double *h)
{
	size_t cols = 0, cur = 0, lines = 1;
	const unsigned char *p;
	for (p = (const unsigned char *)text; *p; p++) {
		if (*p == '\n') {
			lines++;
			cur = 0;
		} else if ((*p & 0xC0) != 0x80 && ++cur > cols) {
			cols = cur;
		}
	}
	*w = (double)cols * 6.0 + 6;
	*h = (double)lines * 12.5 + 2;
}

/* The first free spot around marker i, preferring spots inside its own
 * lane, so a label is not read as belonging to the lane above. */
static void S_place_label(S_fig *f, size_t i, const char *text)
{
	static const double dirs[][2] = {{0, 1}, {0, -1}, {1, 0}, {-1, 0},
	                                 {0, 2.2}, {0, -2.2}, {1, 1}, {-1, 1}};
	const S_mark *m = &f->marks[i];
	double w, h, half = S_lane_height(f) / 2 + 2, mid = S_lane_y(f, m->lane);
	int pass;
	size_t k;
	S_label_size(text, &w, &h);
	for (pass = 0; pass < 2; pass++)
		for (k = 0; k < sizeof dirs / sizeof *dirs; k++) {
			double cx = m->x + dirs[k][0] * (w / 2 + 9);
			double cy = m->y + dirs[k][1] * (h / 2 + 8);
			S_box box = {cx - w / 2, cy - h / 2, cx + w / 2, cy + h / 2};
			char name[32];
			if (S_overlaps(f, &box) ||
			    (pass == 0 && (box.y0 < mid - half || box.y1 > mid + half)))
				continue;
			f->boxes[f->nboxes++] = box;
			snprintf(name, sizeof name, "label%zu", i);
			S_text_node(f, name, cx, cy, text, "10");
			return;
		}
}

/* Labels go at the first free spot around their marker (above, below,
 * right, left, then further out); a label with no free spot is left out
 * rather than drawn over another (its tooltip remains). */
static void S_labels(S_fig *f)
{
	evg_buf b = EVG_BUF_INIT(evg_default_mem());
	size_t i;
	f->boxes = evg_calloc(evg_default_mem(), 2 * f->nmarks + 1, sizeof *f->boxes);
	for (i = 0; i < f->nmarks; i++) {
		S_box *m = &f->boxes[f->nboxes++];
		m->x0 = f->marks[i].x - 7, m->x1 = f->marks[i].x + 7;
		m->y0 = f->marks[i].y - 7, m->y1 = f->marks[i].y + 7;
	}
	for (i = 0; i < f->nmarks && f->nmarks <= MAX_LABELS; i++) {
		evg_buf_clear(&b);
		S_short_label(f, &b, &f->marks[i]);
		S_place_label(f, i, b.ptr);
	}
	evg_buf_free(&b);
}

static const S_mark *S_mark_of(const S_fig *f, const evg_event *e)
{
	const char *id = evg_event_id(e);
	return evg_map_get(&f->by_id, id, strlen(id));
}

/* Relations as arrows from the answer (or report) to what it is about. */
static void S_arrows(S_fig *f)
{
	size_t i, k;
	for (i = 0; i < f->nevents; i++) {
		const evg_event *e = f->events[i].e;
		const S_mark *from = S_mark_of(f, e);
		for (k = 0; k < evg_event_edge_count(e); k++) {
			const evg_edge *r = evg_event_edge(e, k);
			const S_mark *to = S_mark_of(f, evg_edge_to(r));
			const char *kind = evg_relation_kind_name(evg_edge_kind(r));
			Agedge_t *ed;
			if (!to || to == from)
				continue; /* the other end is undated, or in the same cell */
			/* between cells, one arrow of a kind: the edge keyed by it */
			ed = agedge(f->gv.ag, from->node, to->node,
			            f->nmarks < f->nevents ? (char *)kind : NULL, 1);
			S_style(f, ed, kind);
		}
	}
}

/* The legend: one marker and word per type present, and the arrow. */
/* One legend entry: the marker and its word at (x, y). */
static void S_legend_entry(S_fig *f, size_t t, const char *word, double x, double y)
{
	char name[32], type[32];
	Agnode_t *n;
	snprintf(name, sizeof name, "key_%s", evg_event_type_name((evg_event_type)t));
	snprintf(type, sizeof type, "type_%s", evg_event_type_name((evg_event_type)t));
	n = S_node(f, name, x, y);
	S_style(f, n, type);
	S_set(n, "label", "");
	snprintf(name, sizeof name, "keyw_%s", evg_event_type_name((evg_event_type)t));
	n = S_text_node(f, name, x + 12 + 3.2 * (double)strlen(word), y, word, "10");
	S_set(n, "fontcolor", "#333333");
}

/* The legend: one marker and word per type present, and the arrow; a
 * second row when the types present do not fit on one. */
static void S_legend(S_fig *f)
{
	static const char *const words[EVG_TYPE_COUNT] = {
		"accusation", "denial", "cyberattack", "report", "threat",
		"criticism", "demand", "proposal", "investigation", "sanction",
		"statement"};
	int present[EVG_TYPE_COUNT] = {0};
	double x = LEFT, y = 32;
	size_t i;
	Agnode_t *a, *b;
	for (i = 0; i < f->nmarks; i++)
		present[evg_event_type_of(f->marks[i].e)] = 1;
	for (i = 0; i < EVG_TYPE_COUNT; i++) {
		double w = 40 + 6.4 * (double)strlen(words[i]);
		if (!present[i])
			continue;
		if (x + w > W - RIGHT - 100)
			x = LEFT, y -= 18;
		S_legend_entry(f, i, words[i], x, y);
		x += w;
	}
	a = S_node(f, "key_from", x + 24, y);
	b = S_node(f, "key_to", x, y);
	S_set(a, "style", "invis");
	S_set(b, "style", "invis");
	S_set(a, "width", "0.01");
	S_set(b, "width", "0.01");
	S_style(f, agedge(f->gv.ag, a, b, NULL, 1), "responds_to");
	S_text_node(f, "keyw_responds", x + 64, y, "answers", "10");
}

static void S_title(S_fig *f, const char *title)
{
	char first[11], last[11], text[512];
	Agnode_t *n;
	if (f->nevents) {
		evg_date a = evg_event_date(f->events[0].e);
		evg_date b = evg_event_date(f->events[f->nevents - 1].e);
		snprintf(text, sizeof text, "%.300s \xC2\xB7 %s \xE2\x80\x93 %s \xC2\xB7 %zu event%s",
		         title, evg_date_format(&a, first), evg_date_format(&b, last),
		         f->nevents, f->nevents == 1 ? "" : "s");
	} else {
		snprintf(text, sizeof text, "%.300s \xC2\xB7 no dated events", title);
	}
	n = S_text_node(f, "title", W / 2, H - 26, text, agget(f->gv.ag, "fontsize"));
	S_set(n, "fontname", agget(f->gv.ag, "fontname"));
	/* Invisible corners pin the canvas to W x H whatever is drawn. */
	for (n = S_node(f, "corner0", 0, 0); n; n = n == agnode(f->gv.ag, "corner1", 0) ? NULL
	                                                : S_node(f, "corner1", W, H)) {
		S_set(n, "style", "invis");
		S_set(n, "width", "0.01");
		S_set(n, "height", "0.01");
	}
}

/* ---- entry ---- */

static int S_cmp_mark(const void *pa, const void *pb)
{
	const S_mark *a = pa, *b = pb;
	if (a->day != b->day)
		return a->day < b->day ? -1 : 1;
	return strcmp(evg_event_id(a->e), evg_event_id(b->e));
}

/* The dated events, in time order; undated ones are counted as skipped. */
static void S_collect(S_fig *f, const evg_graph *g, evg_render_opts *opts)
{
	size_t i, n = evg_graph_event_count(g);
	f->events = evg_calloc(evg_default_mem(), n ? n : 1, sizeof *f->events);
	for (i = 0; i < n; i++) {
		const evg_event *e = evg_graph_event(g, i);
		if (evg_event_date(e).prec == EVG_PREC_UNKNOWN) {
			opts->skipped++;
			continue;
		}
		f->events[f->nevents].e = e;
		f->events[f->nevents].count = 1;
		f->events[f->nevents].day = f->events[f->nevents].last =
			S_day_of(evg_event_date(e));
		f->nevents++;
	}
	qsort(f->events, f->nevents, sizeof *f->events, S_cmp_mark);
}

static void S_draw(S_fig *f, const char *title)
{
	f->gv.ag = agopen("briefing", Agdirected, NULL);
	evg_gv_copy_defaults(f->gv.ag, f->gv.tpl);
	if (f->nmarks) { /* else an empty canvas whose title says so */
		S_lanes(f);
		S_axis(f);
		S_marks(f);
		S_labels(f);
		S_arrows(f);
		S_legend(f);
	}
	S_title(f, title);
	S_set(f->gv.ag, "_background", f->bg.ptr ? f->bg.ptr : "");
	S_set(f->gv.ag, "splines", f->nmarks > 300 ? "line" : "true");
}

/* Lays the figure out with nop2 (the positions are ours) and renders it
 * in the process's gvc context; layout and data are freed here. */
static int S_render(S_fig *f, evg_format fmt, long long stamp, evg_buf *out)
{
	GVC_t *gvc = evg_gv_context();
	const char *name = evg_format_name(fmt);
	int rc = 0;
	/* dpi is for pixels only: in SVG Graphviz turns it into a scale
	 * transform inside an unscaled viewBox, which browsers crop. At 72
	 * the 960 pt canvas is 1280 CSS px wide anyway. */
	if (fmt != EVG_FORMAT_PNG)
		S_set(f->gv.ag, "dpi", "72");
	if (gvLayout(gvc, f->gv.ag, "nop2") != 0)
		return evg_graph_fail(f->gv.g, EVG_EBACKEND, "briefing: layout failed: %s",
		                      evg_gv_errors_end());
	if (evg_gv_render_into(f->gv.ag, name, stamp, out) != 0)
		rc = evg_graph_fail(f->gv.g, EVG_EBACKEND, "briefing: %s rendering failed: %s",
		                    name, evg_gv_errors_end());
	gvFreeLayout(gvc, f->gv.ag);
	return rc;
}

static void S_free(S_fig *f)
{
	if (f->gv.ag)
		agclose(f->gv.ag);
	evg_gv_release(&f->gv);
	evg_buf_free(&f->bg);
	evg_map_free(&f->by_id);
	evg_free(f->events);
	evg_free(f->marks);
	evg_free(f->segs);
	evg_free(f->boxes);
}

int evg_put_briefing(evg_graph *g, evg_format fmt, evg_render_opts *opts,
                     evg_buf *b)
{
	S_fig f;
	const char *tpl = opts->dot_template ? opts->dot_template : evg_tpl_briefing_dot;
	size_t tlen = opts->dot_template ? opts->dot_template_len : strlen(tpl);
	long long stamp = 0;
	int rc;
	if (fmt != EVG_FORMAT_DOT && fmt != EVG_FORMAT_SVG && fmt != EVG_FORMAT_PNG &&
	    fmt != EVG_FORMAT_PDF)
		return evg_graph_fail(g, EVG_EUNSUPPORTED, "briefing: dot, svg, png or pdf only");
	if (fmt == EVG_FORMAT_PDF && (rc = evg_render_epoch(g, opts, "briefing", &stamp)))
		return rc;
	memset(&f, 0, sizeof f);
	evg_gv_init(&f.gv, g);
	f.bg.mem = evg_default_mem();
	evg_map_init(&f.by_id, evg_default_mem());
	opts->skipped = 0;
	rc = evg_gv_template(&f.gv.tpl, g, tpl, tlen);
	if (!rc) {
		S_collect(&f, g, opts);
		S_pick_lanes(&f, g);
		S_segments(&f);
		S_cells(&f);
		S_place(&f);
		evg_gv_errors_begin();
		S_draw(&f, opts->calendar_name ? opts->calendar_name : "Event timeline");
		rc = S_render(&f, fmt, stamp, b);
		(void)evg_gv_errors_end();
	}
	S_free(&f);
	return rc;
}

int evg_render_briefing(evg_graph *g, evg_format fmt, evg_render_opts *opts,
                        char **out, size_t *out_len)
{
	return evg_render_collect(g, fmt, opts, evg_put_briefing, out, out_len);
}
