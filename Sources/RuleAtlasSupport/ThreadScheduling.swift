#if canImport(Glibc)
import Glibc
#endif

/// Scheduling of the calling thread.
public enum ThreadScheduling {
    /// Lets the calling thread run only on a core nothing else wants (Linux `SCHED_IDLE`),
    /// for work that only improves what is already served, such as reading the ATT&CK
    /// bundle while the rules load. Returns false when the system refused (the thread then
    /// keeps its normal priority).
    @discardableResult
    public static func runOnlyWhenIdle() -> Bool {
        #if os(Linux)
        var param = sched_param()
        param.sched_priority = 0
        // SCHED_IDLE (5) is a GNU extension the Glibc module does not export by name.
        return pthread_setschedparam(pthread_self(), 5, &param) == 0
        #else
        return false
        #endif
    }
}
