#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension IndexBuilder {
    /// Reads `paths` as they are on disk now, in parallel: nil for a path that is gone,
    /// not a regular file or not a candidate rule file (the caller treats it as deleted).
    public func readCurrent(_ paths: [String]) -> [IndexedFile?] {
        let reader = self.reader
        return parallelMap(paths.count) { i in
            var st = stat()
            guard stat(paths[i], &st) == 0, (st.st_mode & S_IFMT) == S_IFREG, CorpusScanner.isCandidate(paths[i]) else { return nil }
            return reader.read(path: paths[i])
        }
    }
}
