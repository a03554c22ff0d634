#include "connectattempt.h"

#include "qtconnectattempt.h"
#ifdef Q_OS_UNIX
#include "nativeconnectattempt_unix.h"
#endif

#include <QtGlobal>

ConnectAttempt::Backend ConnectAttempt::defaultBackend()
{
    const QByteArray chosen = qgetenv("MICONNECT_CONNECT_BACKEND");
    if (chosen == "qt")
        return Backend::QtSocket;
    return backendAvailable(Backend::Native) ? Backend::Native : Backend::QtSocket;
}

bool ConnectAttempt::backendAvailable(Backend backend)
{
#ifdef Q_OS_UNIX
    Q_UNUSED(backend);
    return true;
#else
    return backend == Backend::QtSocket;
#endif
}

ConnectAttempt *ConnectAttempt::create(Backend backend, QObject *parent)
{
#ifdef Q_OS_UNIX
    if (backend == Backend::Native)
        return new NativeConnectAttempt(parent);
#else
    Q_UNUSED(backend);
#endif
    return new QtConnectAttempt(parent);
}
