/* Forced into every C file of the Python (and SQLite) build for UOS 20 with `-include`.
 *
 * glibc 2.29 gave exp, log, pow, exp2 and log2 new, faster implementations under the new symbol version
 * GLIBC_2.29; a program linked against glibc >= 2.29 (the Debian 11 build root has 2.31) then refuses to
 * start on glibc 2.28 ("version `GLIBC_2.29' not found"). The old implementations are still exported under
 * their original version GLIBC_2.2.5 on x86_64, so binding the references to that version keeps the results
 * (to the last ulp in rare cases) and the binary runs on 2.28. aarch64 targets (Kylin V10: 2.31) need no
 * binding. */
#if defined(__x86_64__) && !defined(__ASSEMBLER__)
__asm__(".symver exp,exp@GLIBC_2.2.5");
__asm__(".symver log,log@GLIBC_2.2.5");
__asm__(".symver pow,pow@GLIBC_2.2.5");
__asm__(".symver exp2,exp2@GLIBC_2.2.5");
__asm__(".symver log2,log2@GLIBC_2.2.5");
#endif
