#pragma once

#include <QtGlobal>

// The per-process file-descriptor limit decides how many sockets can be in flight at once.
namespace FdLimit {

// Raises the soft RLIMIT_NOFILE toward the hard limit, but not above `ceiling`. Returns the soft
// limit in force afterwards, or -1 where the platform has no such limit.
qint64 raiseSoftLimit(qint64 ceiling = 65536);

// The soft limit now in force, or -1 where there is none.
qint64 softLimit();

// Descriptors this process holds right now, or -1 when the platform cannot tell.
int openDescriptorCount();

// How many sockets a prober may hold at once without starving the rest of the process: `requested`,
// lowered to what the limit leaves after the descriptors already open and a small reserve.
int socketBudget(int requested);

} // namespace FdLimit
