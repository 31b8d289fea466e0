#pragma once
// The look every chart shares, on screen and in an exported picture: text sizes and colours. The
// window's Qt Charts pages and the export's chart painter both take them from here.

#include <QColor>

#include <cstddef>

namespace samtidig::chart_look {

// Point sizes at scale 1: small, as a chart under the lanes is a summary, not the main picture.
inline constexpr double kTitlePt = 9.5;
inline constexpr double kLegendPt = 8.5;
inline constexpr double kAxisLabelsPt = 8;
inline constexpr double kAxisTitlePt = 8.5;

inline QColor gridLine()
{
    return { 0xe3, 0xe3, 0xe3 };
}
inline QColor outcomeBar()
{
    return { 0x00, 0x72, 0xb2 };
}
inline QColor taskWaitBar()
{
    return { 0xd5, 0x5e, 0x00 };
} // vermillion: the timeline's lock-wait colour
inline QColor lockWaitBar()
{
    return { 0x6a, 0x3d, 0x9a };
}

// Okabe-Ito, as in the timeline, so a core reads the same everywhere.
inline QColor coreLine(std::size_t core)
{
    static const QColor colors[] = { { 0x00, 0x72, 0xb2 }, { 0xe6, 0x9f, 0x00 }, { 0x00, 0x9e, 0x73 },
                                     { 0xcc, 0x79, 0xa7 }, { 0x56, 0xb4, 0xe9 }, { 0xd5, 0x5e, 0x00 } };
    return colors[core % std::size(colors)];
}
inline constexpr double kCoreLineWidth = 1.6;

} // namespace samtidig::chart_look
