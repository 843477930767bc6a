/* Map projections. Equal Earth (Šavrič, Patterson and Jenny 2018): equal-area, with a shape
 * close to Robinson's, and closed-form forward formulas. */
#ifndef ML_PROJECTION_H
#define ML_PROJECTION_H

/* Longitude and latitude in degrees to x (east) and y (north) on a sphere of radius 1.
 * x lies in [-EQUAL_EARTH_XMAX, EQUAL_EARTH_XMAX], y in [-EQUAL_EARTH_YMAX, EQUAL_EARTH_YMAX]. */
void projection_equal_earth(double lon, double lat, double *x, double *y);

#define EQUAL_EARTH_XMAX 2.70663
#define EQUAL_EARTH_YMAX 1.31736

#endif
