package templates

// The SHA-256 of each embedded default, so that a job's up-to-date check
// need not hash them on every run. TestEmbeddedSums (pipeline/runner) keeps them true.
const (
	DisclosureSHA256 = "fb4cee6d40e91c4ba9ae5f1cb4dedbf86e1809b81c0ea6285177b6a5697469b4"
	AttachmentSHA256 = "3264dbd510df683e24d76e025dfe063d0b42bf7d1850598c646b05b1de319e7b"
	GBT9704SHA256    = "dd0c562301b40a6e77b75e30ea7f8bab61bbbaab872074bd84a7f458868dfb98"
	DefinitionSHA256 = "6626d64c88326d0d7b427e2a0b5aad27b3ca341dfa5d7e65ed3a88cd4d997fc8"
)
