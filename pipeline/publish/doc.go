// Package publish writes a job's outputs so that nothing is ever half
// written: every output goes to a temporary file in its own folder, and only
// when all of them are written and synced are they renamed into place. A
// build that fails before that leaves the previous outputs byte for byte as
// they were.
package publish
