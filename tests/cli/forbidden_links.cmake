# SPDX-License-Identifier: MIT
# Fails when LINKED (the libraries a target links, directly or through the libraries it links, as
# tests/CMakeLists.txt gathered them at configure time) holds one of FORBIDDEN.
# Usage: cmake -DTARGET=name -DLINKED=a,b,… -DFORBIDDEN=x,y,… -P forbidden_links.cmake
cmake_minimum_required(VERSION 3.21)
string(REPLACE "," ";" linked "${LINKED}")
string(REPLACE "," ";" forbidden "${FORBIDDEN}")
if(NOT linked)
    message(FATAL_ERROR "${TARGET} links nothing: the list of its libraries was not gathered")
endif()
set(found)
foreach(library IN LISTS forbidden)
    if(library IN_LIST linked)
        list(APPEND found ${library})
    endif()
endforeach()
if(found)
    list(JOIN found ", " found)
    message(FATAL_ERROR "${TARGET} links ${found}")
endif()
list(JOIN linked ", " linked)
message(STATUS "${TARGET} links ${linked}")
