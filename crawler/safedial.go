package crawler

import (
	"context"
	"fmt"
	"net"
	"net/netip"
	"syscall"
	"time"
)

// cgnat is the shared address space (RFC 6598), private in all but name.
var cgnat = netip.MustParsePrefix("100.64.0.0/10")

// isPrivateAddr reports whether ip must not be reached from a public crawl.
func isPrivateAddr(ip netip.Addr) bool {
	ip = ip.Unmap()
	return ip.IsPrivate() || ip.IsLoopback() || ip.IsLinkLocalUnicast() || ip.IsLinkLocalMulticast() ||
		ip.IsInterfaceLocalMulticast() || ip.IsMulticast() || ip.IsUnspecified() || cgnat.Contains(ip)
}

// refusePrivate is a net.Dialer Control func: it runs after DNS resolution
// and before connect(2), so it sees the address actually dialed (also on
// redirects and after DNS rebinding) and no packet leaves for a refused one.
func refusePrivate(_, address string, _ syscall.RawConn) error {
	ap, err := netip.ParseAddrPort(address)
	if err != nil {
		return fmt.Errorf("%w: cannot parse dialed address %q", ErrPrivateAddress, address)
	}
	if isPrivateAddr(ap.Addr()) {
		return fmt.Errorf("%w: %s", ErrPrivateAddress, ap.Addr())
	}
	return nil
}

// safeDialer dials with refusePrivate unless the host is allow-listed.
type safeDialer struct {
	strict, open *net.Dialer
	allowPrivate []string
}

func newSafeDialer(connectTimeout time.Duration, allowPrivate []string) *safeDialer {
	return &safeDialer{
		strict:       &net.Dialer{Timeout: connectTimeout, KeepAlive: 30 * time.Second, Control: refusePrivate},
		open:         &net.Dialer{Timeout: connectTimeout, KeepAlive: 30 * time.Second},
		allowPrivate: allowPrivate,
	}
}

// DialContext picks the dialer by the host name being dialed (before
// resolution), which is what AllowPrivate entries name.
func (d *safeDialer) DialContext(ctx context.Context, network, addr string) (net.Conn, error) {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		host = addr
	}
	if matchHost(d.allowPrivate, host) {
		return d.open.DialContext(ctx, network, addr)
	}
	return d.strict.DialContext(ctx, network, addr)
}
