package schema

import "embed"

// Migrations holds the versioned SQL migrations of the analysts' database
// (migrations/NNNNN_name.sql, goose format). They are embedded so that every
// meetx binary can bring a database up to date on its own; pipeline/pgstore
// applies them.
//
//go:embed migrations/*.sql
var Migrations embed.FS
