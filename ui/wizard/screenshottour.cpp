#include "screenshottour.h"

#include "connectwizard.h"

#include <QApplication>
#include <QSocketNotifier>
#include <QTabWidget>
#include <QTimer>
#include <QToolButton>

#include <cstdio>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace {

QString pageName(int id)
{
    switch (id) {
    case ConnectWizard::Page_Start:
        return QStringLiteral("01-start");
    case ConnectWizard::Page_Scenario:
        return QStringLiteral("02-scenario");
    case ConnectWizard::Page_Target:
        return QStringLiteral("03-target");
    case ConnectWizard::Page_Path:
        return QStringLiteral("04-path");
    case ConnectWizard::Page_Checks:
        return QStringLiteral("05-checks");
    case ConnectWizard::Page_Findings:
        return QStringLiteral("06-findings");
    case ConnectWizard::Page_Report:
        return QStringLiteral("07-report");
    default:
        return QStringLiteral("page-%1").arg(id);
    }
}

} // namespace

ScreenshotTour::ScreenshotTour(ConnectWizard *wizard, const QString &prefix, QObject *parent)
    : QObject(parent)
    , m_wizard(wizard)
    , m_prefix(prefix)
{
}

void ScreenshotTour::start()
{
#ifdef Q_OS_UNIX
    m_input = new QSocketNotifier(STDIN_FILENO, QSocketNotifier::Read, this);
    connect(m_input, &QSocketNotifier::activated, this, &ScreenshotTour::onContinue);
    QTimer::singleShot(0, this, &ScreenshotTour::settle);
#endif
}

void ScreenshotTour::settle()
{
    // The Checks page is ready when its run is; every page needs its layout and charts painted.
    if (m_wizard->currentId() == ConnectWizard::Page_Checks && !m_wizard->currentPage()->isComplete()) {
        QTimer::singleShot(100, this, &ScreenshotTour::settle);
        return;
    }
    QApplication::processEvents();
    const QString name = pageName(m_wizard->currentId());
    m_pending.clear();
    if (m_wizard->currentId() == ConnectWizard::Page_Target) {
        // The options are part of the page worth seeing.
        if (auto *advanced = m_wizard->currentPage()->findChild<QToolButton *>(QStringLiteral("advancedToggle")))
            advanced->setChecked(true);
    }
    if (m_wizard->currentId() == ConnectWizard::Page_Checks) {
        // Two shots: the latency chart, then the port states.
        m_pending << name + QStringLiteral("-ports");
        if (auto *tabs = m_wizard->currentPage()->findChild<QTabWidget *>(QStringLiteral("charts")))
            tabs->setCurrentIndex(0);
    }
    announce(name);
}

void ScreenshotTour::announce(const QString &name)
{
    m_wizard->repaint();
    std::printf("page %s%s %llu\n", qPrintable(m_prefix), qPrintable(name),
                static_cast<unsigned long long>(m_wizard->winId()));
    std::fflush(stdout);
    m_waiting = true;
}

void ScreenshotTour::onContinue()
{
#ifdef Q_OS_UNIX
    char buffer[256];
    if (::read(STDIN_FILENO, buffer, sizeof buffer) <= 0) {
        QApplication::quit(); // the script went away
        return;
    }
#endif
    if (!m_waiting)
        return;
    m_waiting = false;
    if (!m_pending.isEmpty()) {
        if (auto *tabs = m_wizard->currentPage()->findChild<QTabWidget *>(QStringLiteral("charts")))
            tabs->setCurrentIndex(1);
        const QString next = m_pending.takeFirst();
        QTimer::singleShot(200, this, [this, next] { announce(next); });
        return;
    }
    advance();
}

void ScreenshotTour::advance()
{
    if (m_wizard->currentId() == ConnectWizard::Page_Report) {
        std::printf("done\n");
        std::fflush(stdout);
        QApplication::quit();
        return;
    }
    m_wizard->next();
    // A moment for the page's own first paint and timers before it is judged settled.
    QTimer::singleShot(300, this, &ScreenshotTour::settle);
}
