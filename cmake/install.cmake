# What `cmake --install` puts in place and what CPack packs: the program, its desktop entry,
# icon, AppStream metainfo and translations (Linux desktop conventions, freedesktop.org).
include(GNUInstallDirs)

set(WS_APP_ID org.wafershare.WaferShare)
install(TARGETS wafershare RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(FILES ${PROJECT_SOURCE_DIR}/resources/linux/${WS_APP_ID}.desktop
        DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${PROJECT_SOURCE_DIR}/resources/linux/${WS_APP_ID}.metainfo.xml
        DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/wafershare.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps
        RENAME ${WS_APP_ID}.svg)
# The program carries its translations inside; the installed copies are for tools that look
# for them (and for a translator checking a build).
install(FILES ${WS_QM_FILES} DESTINATION ${CMAKE_INSTALL_DATADIR}/wafershare/translations)

# A Debian package: `cpack -G DEB` in the build tree. Shared-library dependencies come from
# dpkg-shlibdeps; Qt's plugins are loaded at run time, so their packages are named here.
set(CPACK_PACKAGE_NAME wafershare)
set(CPACK_PACKAGE_VENDOR "WaferShare")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "AI compute wafer share analytics")
set(CPACK_PACKAGE_CONTACT "WaferShare maintainers <maintainers@wafershare.org>")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION science)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# libqt6svg6 holds the SVG icon plugin as well as the library.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, qt6-qpa-plugins, libqt6svg6")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "fonts-noto-cjk, qt6-translations-l10n")
# One string: the first line is the synopsis, the rest the long description.
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "Who consumes the world's AI compute wafers, bottom-up
WaferShare computes the AI compute wafer share of Nvidia, Google, AWS, AMD and the
others from assumptions the analyst edits, beside the figures analysts published,
and shows which suppliers benefit. Charts, scenarios with undo, a supply-chain graph,
PDF reports and a command line, over one SQLite workbook.")
set(CPACK_GENERATOR DEB)
include(CPack)
