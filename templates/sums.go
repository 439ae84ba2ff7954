package templates

// The SHA-256 of each embedded default, so that a job's up-to-date check
// need not hash them on every run. TestEmbeddedSums (pipeline/runner) keeps them true.
const (
	DisclosureSHA256 = "a97814edb3273fc935ab6516a0274c879971c5bce75b04012cb3f2a113867767"
	AttachmentSHA256 = "3264dbd510df683e24d76e025dfe063d0b42bf7d1850598c646b05b1de319e7b"
	GBT9704SHA256    = "dd0c562301b40a6e77b75e30ea7f8bab61bbbaab872074bd84a7f458868dfb98"
	DefinitionSHA256 = "6626d64c88326d0d7b427e2a0b5aad27b3ca341dfa5d7e65ed3a88cd4d997fc8"
)
