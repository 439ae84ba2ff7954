package templates

// The SHA-256 of each embedded default, so that a job's up-to-date check
// need not hash them on every run. TestSums keeps them true.
const (
	DisclosureSHA256 = "bc2916f331639dc680e1940231a8a3d4fce5be635b8bb5c0ef0edc53c18eb94b"
	AttachmentSHA256 = "3264dbd510df683e24d76e025dfe063d0b42bf7d1850598c646b05b1de319e7b"
	GBT9704SHA256    = "cd100982b2dc7727743d40ef7308d805928ca47f6ce17627cb037a66eefc473f"
)
