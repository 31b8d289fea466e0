# The window's icons (resources/icons/*.svg), embedded under :/samtidig/icons. Target-based
# qt_add_resources makes an object library, so the resources survive linking the static samtidig_ui.
file(GLOB SAMTIDIG_ICONS CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/resources/icons/*.svg)
qt_add_resources(samtidig_ui samtidig_ui_icons
    PREFIX /samtidig
    BASE ${PROJECT_SOURCE_DIR}/resources
    FILES ${SAMTIDIG_ICONS})
