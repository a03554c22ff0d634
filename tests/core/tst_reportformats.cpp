#include <QTest>

class tst_Reportformats : public QObject
{
    Q_OBJECT

private slots:
    void placeholder() { QSKIP("written by the reports work"); }
};

QTEST_GUILESS_MAIN(tst_Reportformats)
#include "tst_reportformats.moc"
