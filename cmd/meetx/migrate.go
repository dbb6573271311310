package main

import (
	"context"
	"flag"
	"fmt"
	"io"
)

func init() {
	commands["migrate"] = command{summary: "apply the Postgres schema migrations", run: runMigrate}
}

// runMigrate applies pending migrations (they are embedded in the binary)
// and prints the schema version.
func runMigrate(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("migrate", flag.ContinueOnError)
	fs.SetOutput(stderr)
	db := dbFlag(fs)
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("%w: unexpected arguments %v", errUsage, fs.Args())
	}
	s, err := openStore(ctx, *db, newLogger(stderr))
	if err != nil {
		return err
	}
	defer s.Close()
	v, err := s.SchemaVersion(ctx)
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "schema version %d\n", v)
	return nil
}
