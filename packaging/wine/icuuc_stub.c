/*
 * Wine-only stand-in for Windows' system ICU (icuuc.dll).
 *
 * Qt6Core.dll of Qt 6.9 and later imports the ucnv_* converter API from the
 * icuuc.dll that Windows 10 (1703+) ships; Wine 8 has no such DLL, so QtCore
 * fails to load ("DLL load failed while importing QtCore").  Every function
 * here reports failure (U_UNSUPPORTED_ERROR) and no converter ever opens, so Qt
 * falls back to its built-in UTF-8, UTF-16 and Latin-1 codecs, which is all
 * actgui uses.
 *
 * packaging/wine_build.py compiles this with mingw-w64 into the Wine prefix's
 * system32 only.  PyInstaller treats system32 as the operating system and never
 * bundles it; the build checks that the archive holds no icuuc.dll.
 */
#include <stdint.h>

typedef int UErrorCode;
enum { U_UNSUPPORTED_ERROR = 16 };
#define EXPORT __declspec(dllexport)

static void fail(UErrorCode *status)
{
    if (status && *status <= 0)
        *status = U_UNSUPPORTED_ERROR;
}

EXPORT void *ucnv_open(const char *name, UErrorCode *s) { (void)name; fail(s); return 0; }
EXPORT void ucnv_close(void *c) { (void)c; }
EXPORT void ucnv_reset(void *c) { (void)c; }
EXPORT int8_t ucnv_getMaxCharSize(const void *c) { (void)c; return 1; }
EXPORT const char *ucnv_getName(const void *c, UErrorCode *s) { (void)c; fail(s); return 0; }
EXPORT const char *ucnv_getStandardName(const char *n, const char *std, UErrorCode *s)
{ (void)n; (void)std; fail(s); return 0; }
EXPORT const char *ucnv_getAvailableName(int32_t i) { (void)i; return 0; }
EXPORT int32_t ucnv_countAvailable(void) { return 0; }
EXPORT int32_t ucnv_toUCountPending(const void *c, UErrorCode *s) { (void)c; fail(s); return 0; }
EXPORT int32_t ucnv_fromUCountPending(const void *c, UErrorCode *s) { (void)c; fail(s); return 0; }

EXPORT void ucnv_getToUCallBack(const void *c, void **action, const void **ctx)
{ (void)c; if (action) *action = 0; if (ctx) *ctx = 0; }
EXPORT void ucnv_getFromUCallBack(const void *c, void **action, const void **ctx)
{ (void)c; if (action) *action = 0; if (ctx) *ctx = 0; }
EXPORT void ucnv_setToUCallBack(void *c, void *a, const void *ctx, void **oa, const void **oc,
                                UErrorCode *s)
{ (void)c; (void)a; (void)ctx; (void)oa; (void)oc; fail(s); }
EXPORT void ucnv_setFromUCallBack(void *c, void *a, const void *ctx, void **oa, const void **oc,
                                  UErrorCode *s)
{ (void)c; (void)a; (void)ctx; (void)oa; (void)oc; fail(s); }

EXPORT void UCNV_FROM_U_CALLBACK_SUBSTITUTE(const void *ctx, void *args, const void *u,
                                            int32_t len, int32_t cp, int reason, UErrorCode *s)
{ (void)ctx; (void)args; (void)u; (void)len; (void)cp; (void)reason; fail(s); }
EXPORT void UCNV_TO_U_CALLBACK_SUBSTITUTE(const void *ctx, void *args, const char *u,
                                          int32_t len, int reason, UErrorCode *s)
{ (void)ctx; (void)args; (void)u; (void)len; (void)reason; fail(s); }
EXPORT void ucnv_cbToUWriteUChars(void *args, const void *src, int32_t len, int32_t off,
                                  UErrorCode *s)
{ (void)args; (void)src; (void)len; (void)off; fail(s); }
EXPORT void ucnv_cbFromUWriteUChars(void *args, const void **src, const void *lim, int32_t off,
                                    UErrorCode *s)
{ (void)args; (void)src; (void)lim; (void)off; fail(s); }

EXPORT void ucnv_toUnicode(void *c, void **t, const void *tl, const char **src, const char *sl,
                           int32_t *offs, int8_t flush, UErrorCode *s)
{ (void)c; (void)t; (void)tl; (void)src; (void)sl; (void)offs; (void)flush; fail(s); }
EXPORT void ucnv_fromUnicode(void *c, char **t, const char *tl, const void **src, const void *sl,
                             int32_t *offs, int8_t flush, UErrorCode *s)
{ (void)c; (void)t; (void)tl; (void)src; (void)sl; (void)offs; (void)flush; fail(s); }

int __stdcall DllMain(void *module, unsigned long reason, void *reserved)
{
    (void)module; (void)reason; (void)reserved;
    return 1;
}
