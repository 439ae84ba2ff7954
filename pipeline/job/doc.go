// Package job reads a job file: the YAML that says which county and year to
// build, from which workbook, into which folder.
//
// Decoding is strict. A key the tool does not know is an error that names its
// line, because a misspelt key in a scheduled job would otherwise be ignored
// for months. Relative paths are taken from the job file's folder, so a job
// runs the same from cron, from systemd or from the command line.
//
// The fixed keys are county, year, input, requirements.key_evaluations and
// output; everything else is optional and has a default (see Default).
// pdfa, which says whether the PDF is PDF/A-1b, is on unless set false:
// an absent key is not false. ofd, which asks for an OFD copy of the PDF,
// is off unless set true.
//
// SetKey changes one top-level key of a job file's text (serve's OFD switch
// uses it): the value's characters only, or one line added at the end, so
// the clerk's comments, order, byte-order mark and line endings survive.
package job
