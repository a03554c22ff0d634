#include "diagram/pathdiagramview.h"

#include <QTest>

class tst_PathDiagram : public QObject
{
    Q_OBJECT

private slots:
    void placeholder() { QSKIP("written with the diagram"); }
};

QTEST_MAIN(tst_PathDiagram)
#include "tst_pathdiagram.moc"
