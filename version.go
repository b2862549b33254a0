package py2go

// Version is py2go's release. It names the runtime cache directory together
// with a hash of the runtime sources, so two py2go versions installed side by
// side never build against each other's runtime.
const Version = "0.1.0-dev"
