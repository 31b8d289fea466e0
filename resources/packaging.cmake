# The Debian package, built by `./samtidig.sh package` (cpack -G DEB): samtidig_<version>_amd64.deb.
# Its dependencies are the libraries the binaries link (dpkg-shlibdeps) plus what Qt loads at run
# time that no linking shows: the platform plugins (xcb, offscreen) and Qt's own Danish catalogue
# (the standard buttons and dialogs of the Danish window); on Wayland desktops Qt's Wayland plugin is
# recommended. The SVG icon and image plugins are in libqt6svg6 on Debian 12, which the programs
# link, so dpkg-shlibdeps lists it.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME samtidig)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_VENDOR Samtidig)
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "watch real threads, processes and locks run on every core, live")
set(CPACK_PACKAGE_DESCRIPTION "Samtidig (Danish for 'at the same time') runs real concurrent workloads - \
threads, forked processes, locks, coroutines - and draws, live, what every core and every task does: \
parallel work, interleaving on one core, lock waits, race conditions and deadlocks. The window speaks \
Danish and English; samtidig-cli runs the same scenarios headless and writes Chrome traces, images \
and recordings.")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # samtidig_<version>_<arch>.deb
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "Samtidig developers <samtidig@invalid>")
set(CPACK_DEBIAN_PACKAGE_SECTION devel)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins, qt6-translations-l10n")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-wayland")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
include(CPack)
