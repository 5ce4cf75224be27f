#ifndef SDGBRIEF_CZLIB_SHIM_H
#define SDGBRIEF_CZLIB_SHIM_H

#include <zlib.h>

#endif
