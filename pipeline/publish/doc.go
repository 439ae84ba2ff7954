// Package publish writes a job's outputs all or nothing, one run at a time.
//
// Write puts a whole set of files into an output folder (the documents,
// facts.json, the change report and the manifest together):
//
//  1. every file is written to a temporary file in the folder and synced;
//  2. a journal (.jixiao-journal.json) naming each temporary file and its
//     final name is written, synced and renamed into place, and the folder
//     synced: this is the moment the new set exists;
//  3. the temporary files are renamed over the old ones, and the folder
//     synced;
//  4. the journal is removed.
//
// A run killed before step 2 leaves the old set untouched, and its
// temporary files are removed by the next run. A run killed after it leaves
// a journal, and Recover, which every jixiao command that touches the folder
// calls before anything else, finishes the renames: the folder then holds
// the whole new set. A full disk or any other failure before step 2 removes
// the temporary files and reports the error; nothing was replaced.
//
// Lock takes an operating-system lock on the folder (flock on Linux,
// LockFileEx on Windows) for the time of one run; a second run waits a
// bounded time for it. The system releases the lock of a killed process,
// so a crash never leaves the folder locked.
package publish
