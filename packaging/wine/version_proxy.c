/*
 * Wine-only version.dll proxy that makes numpy >= 2.2 importable under Wine 8.
 *
 * numpy's MSVC build calls the C99 complex functions of ucrtbase.dll (crealf,
 * cexp, csqrt, ...).  Wine 8.0's ucrtbase exports all of them as stubs that
 * abort with "Unimplemented function ucrtbase.dll.crealf".  python3XX.dll
 * imports VERSION.dll, so with WINEDLLOVERRIDES=version=n,b this DLL is loaded
 * by every Python process (and by the PyInstaller bootloader's Python) before
 * numpy.  On load it finds each stub in ucrtbase and overwrites its first bytes
 * with a jump to a working implementation compiled here by mingw-w64.  The
 * version.dll API itself is forwarded to kernelbase (version.def).
 *
 * It lives in the Wine prefix's system32 only and is never shipped: PyInstaller
 * treats system32 as the operating system, and packaging/wine_build.py checks
 * that the archive holds no version.dll.  The number of patched functions is
 * left in the environment as WINE_UCRT_COMPLEX_PATCHED, for the build's log.
 */
#include <windows.h>
#include <complex.h>
#include <math.h>
#include <string.h>

/* MSVC's _Dcomplex / _Fcomplex (and _Lcomplex: long double is double there) */
typedef struct { double re, im; } dcx;
typedef struct { float re, im; } fcx;

static double _Complex to_d(dcx z) { return __builtin_complex(z.re, z.im); }
static float _Complex to_f(fcx z) { return __builtin_complex(z.re, z.im); }
static dcx from_d(double _Complex z) { dcx r = {creal(z), cimag(z)}; return r; }
static fcx from_f(float _Complex z) { fcx r = {crealf(z), cimagf(z)}; return r; }

/* complex -> complex, in double, float and "long double" (= double) */
#define UNARY(fn)                                                  \
    static dcx my_##fn(dcx z) { return from_d(fn(to_d(z))); }      \
    static fcx my_##fn##f(fcx z) { return from_f(fn##f(to_f(z))); } \
    static dcx my_##fn##l(dcx z) { return from_d(fn(to_d(z))); }
UNARY(cacos) UNARY(cacosh) UNARY(casin) UNARY(casinh) UNARY(catan) UNARY(catanh)
UNARY(ccos) UNARY(ccosh) UNARY(cexp) UNARY(clog) UNARY(conj) UNARY(cproj)
UNARY(csin) UNARY(csinh) UNARY(csqrt) UNARY(ctan) UNARY(ctanh)

/* complex -> real */
#define TOREAL(fn)                                              \
    static double my_##fn(dcx z) { return fn(to_d(z)); }        \
    static float my_##fn##f(fcx z) { return fn##f(to_f(z)); }   \
    static double my_##fn##l(dcx z) { return fn(to_d(z)); }
TOREAL(cabs) TOREAL(carg) TOREAL(creal) TOREAL(cimag)

static double my_norm(dcx z) { return z.re * z.re + z.im * z.im; }
static float my_normf(fcx z) { return z.re * z.re + z.im * z.im; }
static double my_norml(dcx z) { return my_norm(z); }

static dcx my_clog10(dcx z)
{
    double _Complex w = clog(to_d(z));
    return from_d(__builtin_complex(creal(w) / M_LN10, cimag(w) / M_LN10));
}
static fcx my_clog10f(fcx z)
{
    float _Complex w = clogf(to_f(z));
    return from_f(__builtin_complex((float)(crealf(w) / M_LN10), (float)(cimagf(w) / M_LN10)));
}
static dcx my_clog10l(dcx z) { return my_clog10(z); }

static dcx my_cpow(dcx a, dcx b) { return from_d(cpow(to_d(a), to_d(b))); }
static fcx my_cpowf(fcx a, fcx b) { return from_f(cpowf(to_f(a), to_f(b))); }
static dcx my_cpowl(dcx a, dcx b) { return my_cpow(a, b); }

/* MSVC's helpers for building and multiplying complex numbers */
static fcx my__FCbuild(float re, float im) { fcx r = {re, im}; return r; }
static dcx my__LCbuild(double re, double im) { dcx r = {re, im}; return r; }
static dcx my__Cmulcc(dcx a, dcx b) { return from_d(to_d(a) * to_d(b)); }
static dcx my__Cmulcr(dcx a, double b) { return from_d(to_d(a) * b); }
static fcx my__FCmulcc(fcx a, fcx b) { return from_f(to_f(a) * to_f(b)); }
static fcx my__FCmulcr(fcx a, float b) { return from_f(to_f(a) * b); }
static dcx my__LCmulcc(dcx a, dcx b) { return my__Cmulcc(a, b); }
static dcx my__LCmulcr(dcx a, double b) { return my__Cmulcr(a, b); }

struct replacement { const char *name; void *code; };
#define ALL3(fn) {#fn, (void *)my_##fn}, {#fn "f", (void *)my_##fn##f}, {#fn "l", (void *)my_##fn##l}
static const struct replacement replacements[] = {
    ALL3(cacos), ALL3(cacosh), ALL3(casin), ALL3(casinh), ALL3(catan), ALL3(catanh),
    ALL3(ccos), ALL3(ccosh), ALL3(cexp), ALL3(clog), ALL3(conj), ALL3(cproj),
    ALL3(csin), ALL3(csinh), ALL3(csqrt), ALL3(ctan), ALL3(ctanh),
    ALL3(cabs), ALL3(carg), ALL3(creal), ALL3(cimag), ALL3(norm), ALL3(clog10), ALL3(cpow),
    {"_FCbuild", (void *)my__FCbuild}, {"_LCbuild", (void *)my__LCbuild},
    {"_Cmulcc", (void *)my__Cmulcc}, {"_Cmulcr", (void *)my__Cmulcr},
    {"_FCmulcc", (void *)my__FCmulcc}, {"_FCmulcr", (void *)my__FCmulcr},
    {"_LCmulcc", (void *)my__LCmulcc}, {"_LCmulcr", (void *)my__LCmulcr},
};

/* Wine 8's x86-64 thunk for an unimplemented export:
 *   48 83 ec 28        sub  rsp, 0x28
 *   48 8d 0d xx xx xx xx  lea rcx, [rip + dll name]
 *   48 8d 15 xx xx xx xx  lea rdx, [rip + function name]
 *   e8 ...             call __wine_spec_unimplemented_stub
 * Only such thunks are patched, so a Wine that implements a function keeps its own. */
static int is_unimplemented_stub(const unsigned char *code)
{
    static const unsigned char head[] = {0x48, 0x83, 0xec, 0x28, 0x48, 0x8d, 0x0d};
    static const unsigned char mid[] = {0x48, 0x8d, 0x15};
    return memcmp(code, head, sizeof head) == 0 && memcmp(code + 11, mid, sizeof mid) == 0
           && code[18] == 0xe8;
}

static int patch_ucrtbase(void)
{
    HMODULE ucrt = GetModuleHandleA("ucrtbase.dll");
    int count = 0;
    if (!ucrt)
        ucrt = LoadLibraryA("ucrtbase.dll");
    if (!ucrt)
        return -1;
    for (size_t i = 0; i < sizeof replacements / sizeof replacements[0]; i++) {
        unsigned char *code = (unsigned char *)GetProcAddress(ucrt, replacements[i].name);
        DWORD protect;
        if (!code || !is_unimplemented_stub(code))
            continue;
        if (!VirtualProtect(code, 12, PAGE_EXECUTE_READWRITE, &protect))
            continue;
        code[0] = 0x48; /* mov rax, imm64 */
        code[1] = 0xb8;
        memcpy(code + 2, &replacements[i].code, sizeof(void *));
        code[10] = 0xff; /* jmp rax */
        code[11] = 0xe0;
        VirtualProtect(code, 12, protect, &protect);
        count++;
    }
    FlushInstructionCache(GetCurrentProcess(), NULL, 0);
    return count;
}

/* kernelbase has no VerInstallFile: report that the source cannot be read */
DWORD WINAPI VerInstallFileA(DWORD flags, LPSTR src, LPSTR dst, LPSTR srcdir, LPSTR dstdir,
                             LPSTR curdir, LPSTR tmp, PUINT len)
{
    (void)flags; (void)src; (void)dst; (void)srcdir; (void)dstdir; (void)curdir; (void)tmp;
    (void)len;
    return 0x00200000; /* VIF_CANNOTREADSRC */
}
DWORD WINAPI VerInstallFileW(DWORD flags, LPWSTR src, LPWSTR dst, LPWSTR srcdir, LPWSTR dstdir,
                             LPWSTR curdir, LPWSTR tmp, PUINT len)
{
    (void)flags; (void)src; (void)dst; (void)srcdir; (void)dstdir; (void)curdir; (void)tmp;
    (void)len;
    return 0x00200000;
}

BOOL WINAPI DllMain(HINSTANCE module, DWORD reason, LPVOID reserved)
{
    (void)module; (void)reserved;
    if (reason == DLL_PROCESS_ATTACH) {
        char text[16], *digit = text + sizeof text - 1;
        int n = patch_ucrtbase();
        unsigned left = n < 0 ? 0u : (unsigned)n;
        *digit = 0; /* decimal by hand: no user32 (wsprintf) this early */
        do {
            *--digit = (char)('0' + left % 10);
            left /= 10;
        } while (left);
        SetEnvironmentVariableA("WINE_UCRT_COMPLEX_PATCHED", n < 0 ? "no-ucrtbase" : digit);
    }
    return TRUE;
}
