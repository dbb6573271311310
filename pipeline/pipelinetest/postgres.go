package pipelinetest

import (
	"context"
	"fmt"
	"net"
	"os"
	"os/exec"
	"os/user"
	"path/filepath"
	"strconv"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
)

// PrivatePostgres is a throwaway Postgres cluster owned by one test, which
// may stop and start it without disturbing other tests.
type PrivatePostgres struct {
	// URL points at the cluster's "postgres" database.
	URL        string
	dir        string
	bin        string
	port       int
	asPostgres bool
}

// StartPostgres creates a cluster with the installed initdb on a spare port,
// starts it, and removes it when the test ends. It skips the test when no
// Postgres binaries are installed (fails when services are required). When
// running as root the cluster runs as the postgres OS user, as Postgres
// refuses to run as root.
func StartPostgres(t testing.TB) *PrivatePostgres {
	t.Helper()
	bin := postgresBin()
	if bin == "" {
		missing(t, "initdb", "a PostgreSQL server installed (initdb, pg_ctl on PATH or under /usr/lib/postgresql/*/bin)")
	}
	dir, err := os.MkdirTemp("", "meetx-pg-")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.RemoveAll(dir) })
	p := &PrivatePostgres{dir: dir, bin: bin, port: freePort(t), asPostgres: os.Geteuid() == 0}
	if p.asPostgres {
		u, err := user.Lookup("postgres")
		if err != nil {
			t.Skipf("running as root without a postgres OS user: %v", err)
		}
		uid, _ := strconv.Atoi(u.Uid)
		gid, _ := strconv.Atoi(u.Gid)
		if err := os.Chown(dir, uid, gid); err != nil {
			t.Fatal(err)
		}
	}
	if out, err := p.run("initdb", "-D", filepath.Join(dir, "data"), "-U", "postgres", "-A", "trust", "--no-sync"); err != nil {
		t.Fatalf("initdb: %v\n%s", err, out)
	}
	p.URL = fmt.Sprintf("postgres://postgres@127.0.0.1:%d/postgres?sslmode=disable", p.port)
	p.Start(t)
	t.Cleanup(func() { _, _ = p.run("pg_ctl", "-D", filepath.Join(dir, "data"), "-m", "immediate", "stop") })
	return p
}

// Start starts the cluster and waits until it accepts connections.
func (p *PrivatePostgres) Start(t testing.TB) {
	t.Helper()
	opts := fmt.Sprintf("-p %d -k %s -c listen_addresses=127.0.0.1 -c fsync=off", p.port, p.dir)
	out, err := p.run("pg_ctl", "-D", filepath.Join(p.dir, "data"), "-l", filepath.Join(p.dir, "log"), "-o", opts, "-w", "start")
	if err != nil {
		t.Fatalf("pg_ctl start: %v\n%s", err, out)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	for {
		conn, err := pgx.Connect(ctx, p.URL)
		if err == nil {
			conn.Close(ctx)
			return
		}
		if ctx.Err() != nil {
			t.Fatalf("private postgres not ready: %v", err)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// Stop stops the cluster (fast shutdown: open connections are closed).
func (p *PrivatePostgres) Stop(t testing.TB) {
	t.Helper()
	if out, err := p.run("pg_ctl", "-D", filepath.Join(p.dir, "data"), "-m", "fast", "-w", "stop"); err != nil {
		t.Fatalf("pg_ctl stop: %v\n%s", err, out)
	}
}

func (p *PrivatePostgres) run(name string, args ...string) ([]byte, error) {
	path := filepath.Join(p.bin, name)
	var cmd *exec.Cmd
	if p.asPostgres {
		cmd = exec.Command("runuser", append([]string{"-u", "postgres", "--", path}, args...)...)
	} else {
		cmd = exec.Command(path, args...)
	}
	return cmd.CombinedOutput()
}

// postgresBin finds the directory holding initdb and pg_ctl.
func postgresBin() string {
	if p, err := exec.LookPath("initdb"); err == nil {
		return filepath.Dir(p)
	}
	matches, _ := filepath.Glob("/usr/lib/postgresql/*/bin/initdb")
	if len(matches) == 0 {
		return ""
	}
	return filepath.Dir(matches[len(matches)-1])
}

func freePort(t testing.TB) int {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port
}
