package io.github.sorrysite.core.verify;

/** Port: the certificate chain a TLS server presents for a host name (SNI), judged by the JDK's default trust. */
public interface TlsInspector {
    /** @throws UnreachableException when no handshake could be made at all */
    TlsFacts inspect(String host, int port);
}
