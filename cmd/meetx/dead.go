package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/meetx/meetx/pipeline/natsbus"
)

func init() {
	commands["dead"] = command{summary: "list dead letters, or replay them to their stage after a fix (dead list|replay)", run: runDead}
}

func runDead(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	if len(args) == 0 || (args[0] != "list" && args[0] != "replay") {
		return fmt.Errorf("%w: meetx dead list|replay [--stage crawl|extract|store] [--seq N,...]", errUsage)
	}
	verb := args[0]
	fs := flag.NewFlagSet("dead "+verb, flag.ContinueOnError)
	fs.SetOutput(stderr)
	var bf busFlags
	bf.register(fs)
	stage := fs.String("stage", "", "only the dead letters of this worker stage (crawl, extract, store)")
	seqs := fs.String("seq", "", "only these dead letters, by the sequence numbers that list prints (comma-separated)")
	if err := fs.Parse(args[1:]); err != nil {
		return err
	}
	if bf.natsURL == "" {
		return fmt.Errorf("%w: --nats URL (or MEETX_NATS_URL) is required", errUsage)
	}
	want, err := parseSeqs(*seqs)
	if err != nil {
		return err
	}
	keep := func(dl natsbus.DeadLetter) bool { return len(want) == 0 || slices.Contains(want, dl.Sequence) }
	nc, bus, err := connectBus(ctx, bf, newLogger(stderr), nil)
	if err != nil {
		return err
	}
	defer nc.Close()

	if verb == "replay" {
		n, err := bus.Replay(ctx, *stage, keep)
		fmt.Fprintf(stdout, "replayed %d dead letters\n", n)
		return err
	}
	tw := tabwriter.NewWriter(stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "SEQ\tTIME\tSTAGE\tSUBJECT\tDELIVERED\tERROR")
	err = bus.DeadLetters(ctx, *stage, func(dl natsbus.DeadLetter) error {
		if keep(dl) {
			fmt.Fprintf(tw, "%d\t%s\t%s\t%s\t%d\t%s\n", dl.Sequence, dl.Time.UTC().Format(time.RFC3339), dl.Stage,
				dl.Subject, dl.Delivered, oneLine(dl.Error, 200))
		}
		return nil
	})
	if ferr := tw.Flush(); err == nil {
		err = ferr
	}
	return err
}

func parseSeqs(s string) ([]uint64, error) {
	var out []uint64
	for f := range strings.SplitSeq(s, ",") {
		if f = strings.TrimSpace(f); f == "" {
			continue
		}
		n, err := strconv.ParseUint(f, 10, 64)
		if err != nil {
			return nil, fmt.Errorf("%w: --seq %q: not a sequence number", errUsage, f)
		}
		out = append(out, n)
	}
	return out, nil
}

// oneLine keeps an error message on one table row.
func oneLine(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if r := []rune(s); len(r) > n {
		return string(r[:n]) + "…"
	}
	return s
}
