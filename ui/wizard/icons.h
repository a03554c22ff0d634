#pragma once

#include "diagnosis/checkresult.h"
#include "knowledge/severity.h"

#include <QIcon>

// The wizard's pictures (resources/icons): status shapes differ, not only their colours.
QIcon checkStatusIcon(CheckStatus status);
QIcon runningIcon();
QIcon waitingIcon();
QIcon severityIcon(Severity severity);
QIcon scenarioIcon(const QString &icon);
QIcon applicationIcon();
