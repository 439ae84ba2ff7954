package fonts

// The SHA-256 of each embedded font, so that a job's up-to-date check need
// not hash megabytes of fonts on every run. TestEmbeddedSums (pipeline/runner) keeps them true.
const (
	FangSongSHA256     = "30f1a6102643b1aa4c89daa3d66f50482e65263e60398abb08a612b7b1975ced"
	KaiSHA256          = "240172d6f5aad02182c26217ece5182c200f96dd661ee846cb15a9c234b86e01"
	SerifRegularSHA256 = "ba1bc7b11245889d04ee16cee33e60e55623eee06f717d690efe0d44cc53763a"
	SerifBoldSHA256    = "6c7fdd1c040b1a4d31d5a5e8fbae4f775c55fdf451c1be6c0ab8485544f706f5"
	HeiSHA256          = "37b23a29276b92049daa160759c932f862182c744cd26066d4f25aabb698ec87"
)
