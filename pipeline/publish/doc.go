// Package publish writes a job's outputs all or nothing, one run at a time.
//
// Write puts a whole set of files into an output folder (the documents,
// facts.json, the change report and its history, and the manifest
// together):
//
//  1. every file is written to a temporary file in the folder
//     (.jixiao-<pid>-<random>.tmp) and synced;
//  2. every file already there is asked whether it can be replaced: on
//     Windows it is opened for deletion, which a program holding it open
//     without delete sharing (Word, WPS, most PDF viewers) refuses; on
//     Linux an immutable or append-only file (chattr +i, +a) is told by its
//     flags. When any cannot, the temporary files are removed and one error
//     names every such file: nothing was touched;
//  3. a journal (.jixiao-journal.json) naming each temporary file, its
//     final name and, for a file that was there, a backup name
//     (.jixiao-…-old.tmp) is written, synced and renamed into place, and
//     the folder synced: this is the moment the new set exists;
//  4. every old file is moved to its backup name, then every temporary file
//     renamed to its final name;
//  5. the backups and the journal are removed.
//
// When a rename of step 4 fails (a file opened between the probe and the
// rename, or held in a way the probe cannot see), the set is rolled back:
// the new files in place go back to their temporary names and the old ones
// come back from their backups, then the journal is removed. The error
// (ReplaceError) names the file and says the previous set is kept.
//
// A run killed before step 3 leaves the old set untouched. A run killed
// after it leaves a journal, and Recover, which every run calls with the
// folder's lock held before anything else, applies it again: every step
// looks at what is there (a temporary file still there is not yet in
// place; an old file not yet at its backup name is not yet moved), so the
// folder then holds the whole new set; if a file cannot be replaced by
// then, the same rollback gives the whole old set. A kill during a
// rollback leaves states that applying the journal completes too. Where
// a step of the rollback itself fails, the journal stays and the next run
// finishes one set or the other.
//
// Recover then removes every temporary file and backup in the folder. The
// lock, not a process id, tells they are leftovers: whoever holds it is
// the only run writing there. Callers of Write hold the lock.
//
// Every operation goes through a small file-system interface, so that the
// tests fail each one in turn (a full disk, an I/O error, a held file, a
// kill at that point) and check that the folder holds exactly one set.
//
// Lock takes an operating-system lock on the folder (flock on Linux,
// LockFileEx on Windows) for the time of one run; a second run waits a
// bounded time for it. The system releases the lock of a killed process,
// so a crash never leaves the folder locked.
//
// Errors reaching the user are Chinese and name the files the clerk knows,
// never a temporary file; Explain turns an operating-system error into
// what it means and what to do.
package publish
