/* Label placement beside a line (a time axis or a lane): labels above and below it, each hung
 * on a stem (leader) from its anchor, so that no label touches another label or a stem. */
#ifndef ML_PLACE_H
#define ML_PLACE_H

#include <stdbool.h>

/* Where a label went. Distances are measured from the line outwards, on either side. */
enum place_kind {
    PLACE_RIGHT,  /* label right of the stem, the stem runs along its left edge */
    PLACE_LEFT,   /* label left of the stem */
    PLACE_CENTRE, /* label over the stem, which ends at the label's near edge */
};

struct place_req {
    double ax;   /* anchor x on the line */
    double w, h; /* label size */
};

struct place_res {
    int side; /* 0 above the line, 1 below */
    enum place_kind kind;
    double x;    /* left edge of the label */
    double d;    /* distance of its near edge from the line */
    double stem; /* the stem runs from the marker out to this distance */
};

struct placer;

/* Labels stay within [x_lo, x_hi]; base is the least distance from the line (clear of the
 * markers); gap separates a stem from its label; pad is the space kept around every label,
 * hpad (at least pad) the space kept between labels side by side, so that two labels on one
 * level never read as one phrase. */
struct placer *placer_create(double x_lo, double x_hi, double base, double gap, double pad,
                             double hpad);
void placer_destroy(struct placer *p);
/* Masks of the placements to try: kinds, and sides (0 above, 1 below). */
#define PLACE_MASK(kind) (1u << (kind))
#define PLACE_SIDE(side) (8u << (side))
#define PLACE_KINDS 7u
#define PLACE_SIDES 24u
#define PLACE_ANY 31u

/* What placer_place found: a place, no place, or no memory to record the place in (the
 * placer is then unusable). No room is a result, out of memory an error. */
enum place_status { PLACE_OK, PLACE_NO_ROOM, PLACE_NOMEM };

/* Above plus below may not exceed budget (the content height; 0: no limit). Takes the free
 * position nearest to the line among the kinds in mask.
 *
 * A stem may not cross a label, so a label that covers other anchors must lie further out
 * than their labels: right-of-stem labels therefore stack well when placed from right to
 * left, left-of-stem labels when placed from left to right. The caller picks the order and the
 * kinds and sides, and must allow at least one of each. */
enum place_status placer_place(struct placer *p, const struct place_req *rq, double budget,
                               unsigned mask, struct place_res *out);
/* How far the placed labels reach on each side (at least base). */
void placer_extents(const struct placer *p, double ext[2]);
/* Forget every label, keep the geometry (for another attempt). */
void placer_reset(struct placer *p);

#endif
