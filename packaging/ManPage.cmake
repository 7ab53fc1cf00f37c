# Writes the manual page safereturn(1) from the help the built executable prints, so that the
# page and `safereturn --help` / `safereturn COMMAND --help` can never say different things: the
# usage texts live only in src/app/commands/ (GeneralCommand::usage() and the usage() of each
# command with a grammar of its own). Run at build time by packaging/CMakeLists.txt:
#   cmake -DEXE=<safereturn> -DOUT=<safereturn.1.gz> -DWORK=<scratch folder> -DVERSION=<x.y.z>
#         -DGZIP=<gzip> -P ManPage.cmake
# The page is English (--lang en), the language of the source strings.

cmake_minimum_required(VERSION 3.22)

foreach(var EXE OUT WORK VERSION GZIP)
    if(NOT DEFINED ${var})
        message(FATAL_ERROR "ManPage.cmake: -D${var}=... is missing")
    endif()
endforeach()

# The executable must not write a log or settings into the builder's home: every folder it
# might touch is a scratch folder of the build tree. The report command starts Qt's GUI
# module; offscreen needs no display.
file(REMOVE_RECURSE "${WORK}")
file(MAKE_DIRECTORY "${WORK}/home" "${WORK}/runtime")
set(ENV{HOME} "${WORK}/home")
set(ENV{XDG_DATA_HOME} "${WORK}/home/data")
set(ENV{XDG_CONFIG_HOME} "${WORK}/home/config")
set(ENV{XDG_CACHE_HOME} "${WORK}/home/cache")
set(ENV{XDG_RUNTIME_DIR} "${WORK}/runtime")
set(ENV{QT_QPA_PLATFORM} "offscreen")
set(ENV{LC_ALL} "C.UTF-8")

# One help text: the output of `safereturn <args> --lang en --help`, which must succeed.
function(help_text out)
    execute_process(COMMAND "${EXE}" ${ARGN} --lang en --help
        OUTPUT_VARIABLE text ERROR_VARIABLE error RESULT_VARIABLE result)
    if(NOT result EQUAL 0 OR text STREQUAL "")
        string(REPLACE ";" " " shown "${ARGN}")
        message(FATAL_ERROR "ManPage.cmake: `safereturn ${shown} --help` failed (${result}): ${error}")
    endif()
    set(${out} "${text}" PARENT_SCOPE)
endfunction()

# Escapes one line of plain text for roff: backslashes, the minus sign of options (so that a
# copied "--db" stays two hyphens) and a leading dot or apostrophe (a roff request otherwise).
function(roff_escape out line)
    string(REPLACE "\\" "\\e" line "${line}")
    string(REPLACE "-" "\\-" line "${line}")
    if(line MATCHES "^[.']")
        set(line "\\&${line}")
    endif()
    set(${out} "${line}" PARENT_SCOPE)
endfunction()

# Turns a help text into roff. The first "Usage:" line is the section's title and dropped. An
# indented line is a synopsis or a table row: those up to 100 columns keep their columns (a
# no-fill block); a longer one becomes an indented filled paragraph that wraps in a terminal,
# and the lines indented deeper after it (its continuation) join that paragraph. Lines that
# are not indented are prose and filled, a line after one that ends a sentence on a line of its
# own; an empty line starts a new paragraph.
function(roff_of out text)
    string(REPLACE ";" "\\;" text "${text}") # list separator, restored below
    string(REPLACE "\n" ";" lines "${text}")
    set(roff "")
    set(mode "text") # text | nofill | para (an indented filled paragraph)
    set(first TRUE)
    set(sentence_end FALSE)
    foreach(line IN LISTS lines)
        string(REPLACE "\\;" ";" line "${line}")
        if(first AND line STREQUAL "Usage:")
            set(first FALSE)
            continue()
        endif()
        set(first FALSE)
        string(LENGTH "${line}" length)
        string(STRIP "${line}" stripped)
        roff_escape(escaped "${stripped}")
        if(line STREQUAL "")
            if(mode STREQUAL "nofill")
                string(APPEND roff ".fi\n")
            endif()
            set(mode "text")
            set(sentence_end FALSE)
            string(APPEND roff ".PP\n")
        elseif(mode STREQUAL "para" AND line MATCHES "^    ")
            string(APPEND roff "${escaped}\n")
        elseif(line MATCHES "^ " AND length LESS_EQUAL 100)
            if(NOT mode STREQUAL "nofill")
                if(mode STREQUAL "para")
                    string(APPEND roff ".PP\n")
                endif()
                string(APPEND roff ".nf\n")
                set(mode "nofill")
            endif()
            roff_escape(escaped "${line}")
            string(APPEND roff "${escaped}\n")
        elseif(line MATCHES "^ ")
            if(mode STREQUAL "nofill")
                string(APPEND roff ".fi\n")
            endif()
            string(APPEND roff ".IP \"\" 2\n${escaped}\n")
            set(mode "para")
        else()
            if(mode STREQUAL "nofill")
                string(APPEND roff ".fi\n")
            elseif(mode STREQUAL "para")
                string(APPEND roff ".PP\n")
            elseif(sentence_end)
                string(APPEND roff ".br\n")
            endif()
            set(mode "text")
            string(APPEND roff "${escaped}\n")
            set(sentence_end FALSE)
            if(stripped MATCHES "\\.$")
                set(sentence_end TRUE)
            endif()
        endif()
    endforeach()
    if(mode STREQUAL "nofill")
        string(APPEND roff ".fi\n")
    endif()
    # Paragraph breaks in a row say nothing more than one.
    string(REGEX REPLACE "(\\.PP\n)+" ".PP\n" roff "${roff}")
    string(REGEX REPLACE "\\.PP\n$" "" roff "${roff}")
    set(${out} "${roff}" PARENT_SCOPE)
endfunction()

help_text(general)
roff_of(general_roff "${general}")

set(page [=[.\" Generated by packaging/ManPage.cmake from the help of the safereturn executable.
.\" Do not edit: change the usage texts in src/app/commands/ instead.
.TH SAFERETURN 1 "" "SafeReturn @VERSION@" "User Commands"
.SH NAME
safereturn \- case management for returned victims of human trafficking
.SH DESCRIPTION
Without a command, \fBsafereturn\fR starts the desktop application; with one, it runs that
command in the terminal and exits. Messages are in Vietnamese unless \fB\-\-lang en\fR is given.
.SH USAGE
]=])
string(REPLACE "@VERSION@" "${VERSION}" page "${page}")
string(APPEND page "${general_roff}")

# The commands with a help text of their own, in the order of the general usage.
# Each entry: the section's title, "|", the words before --help.
set(sections
    "report|report"
    "case print|case print"
    "export, import|export"
    "server add-profile, list-profiles, remove-profile|server add-profile"
    "server init, migrate|server init")
string(APPEND page ".SH COMMANDS\n")
foreach(section IN LISTS sections)
    string(REPLACE "|" ";" parts "${section}")
    list(GET parts 0 title)
    list(GET parts 1 words)
    separate_arguments(arguments UNIX_COMMAND "${words}")
    help_text(text ${arguments})
    roff_of(text_roff "${text}")
    roff_escape(title_roff "${title}")
    string(APPEND page ".SS \"${title_roff}\"\n${text_roff}")
endforeach()

string(APPEND page [=[
.SH FILES
.TP
.I ~/.local/share/SafeReturn/safereturn/safereturn.db
The default database (owner-only).
.TP
.I /usr/share/safereturn/doc/user\-guide.md, user\-guide.en.md
The user guide in Vietnamese and English, also shown by F1 in the desktop application.
.SH SEE ALSO
.BR psql (1),
.BR pg_dump (1)
]=])

file(WRITE "${WORK}/safereturn.1" "${page}")
execute_process(COMMAND "${GZIP}" -9 -n -c "${WORK}/safereturn.1"
    OUTPUT_FILE "${OUT}" RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "ManPage.cmake: gzip failed (${result})")
endif()
