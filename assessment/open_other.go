//go:build !unix

package assessment

// openNonBlock is not needed where opening a file cannot block.
const openNonBlock = 0
