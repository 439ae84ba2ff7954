// Package manifest decides whether a job's outputs are up to date, so that a
// scheduled run does no work when nothing changed.
//
// Each job keeps jixiao-manifest.json in its output folder: the hash of
// everything the outputs depend on (the input, the job file, the templates
// and fonts in use, embedded or on disk, and the tool's version) and the
// hash of each output written. A later run compares: a file whose size and
// modification time are as recorded is taken as unchanged without being
// read, and only a file that moved is hashed. An output deleted or edited
// by hand makes the job stale too.
//
// The manifest is JSON with sorted keys and indentation, so that it diffs.
package manifest
