# Fails when a file under DIRS includes a Qt Charts header: the timeline and the export draw
# their charts with QPainter, so that they build without Qt Charts.
foreach(dir ${DIRS})
    file(GLOB_RECURSE files ${dir}/*.h ${dir}/*.cpp)
    foreach(f ${files})
        file(STRINGS ${f} bad REGEX "^[ \t]*#[ \t]*include[ \t]*[<\"](QtCharts/|QChart|QLegend|QAbstract(Axis|Series|BarSeries)|QBarSet|QBarCategoryAxis|Q(LogValue|Value|DateTime|Category)Axis|Q(XY|Line|Spline|Scatter|Area|Pie|BoxPlot|Candlestick)Series|Q(Horizontal)?(Stacked|Percent)?BarSeries)")
        if(bad)
            message(FATAL_ERROR "Layer violation: ${f} includes a Qt Charts header (${bad}). ${dir} draws without Qt Charts.")
        endif()
    endforeach()
endforeach()
