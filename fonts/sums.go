package fonts

// The SHA-256 of each embedded font, so that a job's up-to-date check need
// not hash megabytes of fonts on every run. TestEmbeddedSums (pipeline/runner) keeps them true.
const (
	SerifRegularSHA256 = "ba1bc7b11245889d04ee16cee33e60e55623eee06f717d690efe0d44cc53763a"
	SerifBoldSHA256    = "6c7fdd1c040b1a4d31d5a5e8fbae4f775c55fdf451c1be6c0ab8485544f706f5"
	HeiSHA256          = "37b23a29276b92049daa160759c932f862182c744cd26066d4f25aabb698ec87"
)
