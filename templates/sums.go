package templates

// The SHA-256 of each embedded default, so that a job's up-to-date check
// need not hash them on every run. TestEmbeddedSums (pipeline/runner) keeps them true.
const (
	DisclosureSHA256 = "122eb6c12e6e62e7f2d82e79630af9a41c8beefe685ba61143a79f686821315d"
	AttachmentSHA256 = "3264dbd510df683e24d76e025dfe063d0b42bf7d1850598c646b05b1de319e7b"
	GBT9704SHA256    = "98ddd19284d0a07cc79dd8139cc788e42b75dc96675a3447f0eafa771bf1612a"
	DefinitionSHA256 = "a06c80556dd99ecb42c48ed62a877c36d1f9b8d5ba7449575ed7be5d86ace4bb"
)
