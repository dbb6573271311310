package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"text/tabwriter"
)

func init() {
	commands["status"] = command{summary: "print stream sizes and consumer lag (and row counts with --db)", run: runStatus}
}

func runStatus(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("status", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var bf busFlags
	bf.register(fs)
	db := fs.String("db", "", "also count the rows of the main tables in this Postgres database")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if bf.natsURL == "" {
		return fmt.Errorf("%w: --nats URL (or MEETX_NATS_URL) is required", errUsage)
	}
	nc, bus, err := connectBus(ctx, bf, newLogger(stderr), nil)
	if err != nil {
		return err
	}
	defer nc.Close()
	streams, err := bus.Status(ctx)
	if err != nil {
		return err
	}
	tw := tabwriter.NewWriter(stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "STREAM\tMESSAGES\tBYTES\tCONSUMER\tPENDING\tACK PENDING\tREDELIVERED\tWAITING")
	for _, s := range streams {
		if len(s.Consumers) == 0 {
			fmt.Fprintf(tw, "%s\t%d\t%d\t-\t\t\t\t\n", s.Name, s.Messages, s.Bytes)
		}
		for _, c := range s.Consumers {
			fmt.Fprintf(tw, "%s\t%d\t%d\t%s\t%d\t%d\t%d\t%d\n", s.Name, s.Messages, s.Bytes, c.Name, c.Pending, c.AckPending, c.Redelivered, c.Waiting)
		}
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	if *db == "" {
		return nil
	}
	store, err := openStore(ctx, *db, newLogger(stderr))
	if err != nil {
		return err
	}
	defer store.Close()
	fmt.Fprintln(stdout)
	tw = tabwriter.NewWriter(stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "TABLE\tROWS")
	for _, table := range []string{"pages", "reports", "people", "directives", "agenda_items"} {
		var n int64
		if err := store.Pool().QueryRow(ctx, "SELECT count(*) FROM "+table).Scan(&n); err != nil {
			return fmt.Errorf("count %s: %w", table, err)
		}
		fmt.Fprintf(tw, "%s\t%d\n", table, n)
	}
	return tw.Flush()
}
