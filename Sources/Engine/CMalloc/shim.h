// glibc's malloc.h, for malloc_trim and mallopt: Swift's Glibc module leaves it out.
#include <malloc.h>
