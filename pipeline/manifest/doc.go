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
// A build describes its input not by hashing the file beside its reading
// but by the snapshot it read (Source with Path and SHA256: the bytes'
// hash, and the size and time they had), so that the manifest never
// certifies a version the outputs were not built from; Changed then
// compares the file on disk with that snapshot.
//
// The manifest is JSON with sorted keys and indentation, so that it diffs.
package manifest
