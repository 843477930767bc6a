/* Equal Earth, forward only: the map never needs to go back from points to degrees. */
#include "projection.h"

#include <math.h>

#define PI 3.14159265358979323846

/* The polynomial coefficients from the paper. */
static const double A1 = 1.340264, A2 = -0.081106, A3 = 0.000893, A4 = 0.003796;

void projection_equal_earth(double lon, double lat, double *x, double *y)
{
    double lambda = lon * PI / 180, phi = lat * PI / 180;
    double m = sqrt(3.0) / 2;
    double t = asin(m * sin(phi));
    double t2 = t * t, t6 = t2 * t2 * t2;
    *x =
        2 * sqrt(3.0) * lambda * cos(t) / (3 * (9 * A4 * t6 * t2 + 7 * A3 * t6 + 3 * A2 * t2 + A1));
    *y = t * (A1 + A2 * t2 + t6 * (A3 + A4 * t2));
}
