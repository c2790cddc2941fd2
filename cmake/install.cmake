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
# The workbook's own MIME type, known by its content or its *.wafershare name; shared-mime-info's
# dpkg trigger rebuilds the MIME cache when the package is installed.
install(FILES ${PROJECT_SOURCE_DIR}/resources/linux/${WS_APP_ID}.mime.xml
        DESTINATION ${CMAKE_INSTALL_DATADIR}/mime/packages RENAME ${WS_APP_ID}.xml)

# The manual page and the changelog, compressed as Debian policy asks: gzip -9, with no name or
# time stamp inside (-n), so that the package's bytes depend only on the sources.
find_program(WS_GZIP gzip REQUIRED)
function(ws_gzipped source output)
    add_custom_command(OUTPUT ${output}
        COMMAND ${WS_GZIP} -9n -c ${source} > ${output}
        DEPENDS ${source}
        COMMENT "Compressing ${source}"
        VERBATIM)
endfunction()
set(ws_manual_page ${PROJECT_BINARY_DIR}/wafershare.1.gz)
set(ws_changelog ${PROJECT_BINARY_DIR}/changelog.gz)
ws_gzipped(${PROJECT_SOURCE_DIR}/resources/linux/wafershare.1 ${ws_manual_page})
ws_gzipped(${PROJECT_SOURCE_DIR}/resources/linux/debian/changelog ${ws_changelog})
add_custom_target(wafershare_documentation ALL DEPENDS ${ws_manual_page} ${ws_changelog})
install(FILES ${ws_manual_page} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
# A package whose version has no Debian revision (a native one) keeps its Debian changelog as
# changelog.gz; the copyright file is in the machine-readable format (DEP-5).
set(ws_package_doc ${CMAKE_INSTALL_DATADIR}/doc/wafershare)
install(FILES ${ws_changelog} ${PROJECT_SOURCE_DIR}/resources/linux/debian/copyright
        DESTINATION ${ws_package_doc})

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
# The long description; the synopsis is CPACK_PACKAGE_DESCRIPTION_SUMMARY. Lines of at most
# 80 characters (lintian).
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "WaferShare computes the AI compute wafer share of Nvidia, Google, AWS, AMD
and the others from assumptions the analyst edits, beside the figures
analysts published, and shows which suppliers benefit. Charts, scenarios
with undo, a supply-chain graph, PDF reports and a command line, over one
SQLite workbook.")
# Debug symbols stay out of the package (Debian policy 10.1).
set(CPACK_STRIP_FILES ON)
set(CPACK_GENERATOR DEB)
include(CPack)
