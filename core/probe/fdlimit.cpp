#include "fdlimit.h"

#include <QDir>

#include <algorithm>

#ifdef Q_OS_UNIX
#include <sys/resource.h>
#endif

namespace {
// Descriptors kept free for everything else: the event dispatcher, stdio, DNS lookups, report files.
constexpr int reservedDescriptors = 16;
// When the count of open descriptors is unknown, assume a modest process.
constexpr int assumedOpenDescriptors = 32;
} // namespace

namespace FdLimit {

qint64 raiseSoftLimit(qint64 ceiling)
{
#ifdef Q_OS_UNIX
    rlimit limit{};
    if (::getrlimit(RLIMIT_NOFILE, &limit) != 0)
        return -1;
    rlim_t wanted = limit.rlim_max == RLIM_INFINITY ? rlim_t(ceiling) : std::min(limit.rlim_max, rlim_t(ceiling));
    if (limit.rlim_cur != RLIM_INFINITY && limit.rlim_cur < wanted) {
        rlimit raised = limit;
        raised.rlim_cur = wanted;
        if (::setrlimit(RLIMIT_NOFILE, &raised) == 0)
            limit = raised;
    }
    return limit.rlim_cur == RLIM_INFINITY ? ceiling : qint64(limit.rlim_cur);
#else
    Q_UNUSED(ceiling);
    return -1;
#endif
}

qint64 softLimit()
{
#ifdef Q_OS_UNIX
    rlimit limit{};
    if (::getrlimit(RLIMIT_NOFILE, &limit) != 0)
        return -1;
    return limit.rlim_cur == RLIM_INFINITY ? std::numeric_limits<int>::max() : qint64(limit.rlim_cur);
#else
    return -1;
#endif
}

int openDescriptorCount()
{
#ifdef Q_OS_LINUX
    const QDir fds(QStringLiteral("/proc/self/fd"));
    if (fds.exists())
        return int(fds.entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::System).size());
#endif
    return -1;
}

int socketBudget(int requested)
{
    requested = std::max(1, requested);
    const qint64 limit = softLimit();
    if (limit < 0)
        return requested;
    int open = openDescriptorCount();
    if (open < 0)
        open = assumedOpenDescriptors;
    const qint64 free = limit - open - reservedDescriptors;
    return int(std::clamp<qint64>(free, 1, requested));
}

} // namespace FdLimit
