#pragma once

#include <QObject>
#include <QStringList>

class ConnectWizard;
class QSocketNotifier;

// Walks the wizard page by page for scripts/screenshots. At each page, once it has settled (the checks
// done, the layout final), it prints "page NAME WINDOW_ID" on stdout and waits for a line on stdin — the
// script's cue that its screenshot (ImageMagick's import, of the real X window under Xvfb) is taken.
// Then it goes on; after the last page it quits. Unix only: elsewhere it does nothing.
class ScreenshotTour : public QObject {
    Q_OBJECT

public:
    ScreenshotTour(ConnectWizard *wizard, const QString &prefix, QObject *parent = nullptr);

    void start();

private:
    void settle();
    void announce(const QString &name);
    void onContinue();
    void advance();

    ConnectWizard *m_wizard;
    QString m_prefix;
    QSocketNotifier *m_input = nullptr;
    QStringList m_pending; // shots still to take on the current page
    bool m_waiting = false;
};
