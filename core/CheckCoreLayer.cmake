# Fails when any file in core/ includes a Qt GUI-layer header. core may use Qt::Core at most.
file(GLOB_RECURSE files ${DIR}/*.h ${DIR}/*.cpp)
foreach(f ${files})
    file(STRINGS ${f} bad REGEX "^[ \t]*#[ \t]*include[ \t]*[<\"](QtGui|QtWidgets|QtCharts|QtSvg|QtPrintSupport|QtSvgWidgets)?/?(QImage|QPainter|QWidget|QColor|QPixmap|QFont|QApplication|QGuiApplication|QtGui|QtWidgets|QtCharts|QtSvg)[>\"/]")
    file(STRINGS ${f} bad2 REGEX "^[ \t]*#[ \t]*include[ \t]*[<\"](QtGui|QtWidgets|QtCharts|QtSvg|QtPrintSupport|QtSvgWidgets)/")
    if(bad OR bad2)
        message(FATAL_ERROR "Layer violation: ${f} includes a GUI header (${bad}${bad2}). core/ may depend on Qt::Core at most.")
    endif()
endforeach()
