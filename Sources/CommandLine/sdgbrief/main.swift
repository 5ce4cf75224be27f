import SDGBriefCLI

#if canImport(Glibc)
    import Glibc

    // With a file-size limit (ulimit -f) the kernel would kill the process on
    // the first write past it; ignored, the write fails with EFBIG and the
    // user gets the same clean "nothing was written" error as for a full disk.
    signal(SIGXFSZ, SIG_IGN)
#endif

SDGBriefCommand.main()
