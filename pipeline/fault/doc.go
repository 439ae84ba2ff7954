// Package fault keeps a panic inside the job it happened in.
//
// A panic is a bug in jixiao, never in the clerk's data or template; still,
// one job's bug must not take down the other jobs of a batch, a watcher, or
// the web server that every clerk of the bureau uses. A panic can only be
// recovered on the goroutine it happened on, so the build's stages that run
// side by side (the Excel workbook beside the Word-then-PDF chain, the
// sheets of a workbook, the three read-backs of the check) start their
// goroutines through a Group: a panic on one of them is caught there, with
// that goroutine's stack, and raised again on the goroutine that waits for
// the group, as a *Panic. The job's boundary (runner.Guard) then recovers
// it like any other panic of the job and turns it into an error the clerk
// can act on.
//
//	var g fault.Group
//	g.Go(func() { workbook = render() })
//	document := renderWord() // meanwhile, on this goroutine
//	g.Wait()                 // a panic of render() is raised here
//
// Recovered turns what recover returned into a *Panic, keeping the stack of
// the goroutine that first panicked: the stack written to the log is where
// the bug is, not where the job's boundary caught it.
package fault
