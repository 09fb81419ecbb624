package io.github.sorrysite.http;

import io.github.sorrysite.core.verify.HostNames;
import io.github.sorrysite.core.verify.TlsFacts;
import io.github.sorrysite.core.verify.TlsInspector;
import io.github.sorrysite.core.verify.UnreachableException;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

/**
 * {@link TlsInspector} on an {@link SSLSocket}: takes whatever chain the server presents (so an
 * expired or untrusted certificate can still be described), then judges it with the trust
 * managers of the given trust store, by default the JDK's ({@code -Djavax.net.ssl.trustStore}).
 */
public final class SocketTlsInspector implements TlsInspector {
    private final X509TrustManager trust;
    private final int timeoutMillis;

    public SocketTlsInspector(KeyStore trustStore, int timeoutMillis) {
        this.trust = trustManager(trustStore);
        this.timeoutMillis = timeoutMillis;
    }

    /** The JDK's default trust store. */
    public static SocketTlsInspector withDefaultTrust(int timeoutMillis) {
        return new SocketTlsInspector(null, timeoutMillis);
    }

    @Override
    public TlsFacts inspect(String host, int port) {
        X509Certificate[] chain = presented(host, port);
        X509Certificate leaf = chain[0];
        Instant notAfter = leaf.getNotAfter().toInstant();
        for (X509Certificate c : chain) {
            notAfter = c.getNotAfter().toInstant().isBefore(notAfter) ? c.getNotAfter().toInstant() : notAfter;
        }
        List<String> names = names(leaf);
        boolean matches = names.stream().anyMatch(n -> HostNames.matches(n, host));
        String problem = "";
        try {
            trust.checkServerTrusted(chain, authType(leaf));
        } catch (java.security.cert.CertificateException e) {
            problem = rootCause(e);
        }
        return new TlsFacts(host, port, leaf.getSubjectX500Principal().getName(), chain[chain.length - 1].getIssuerX500Principal().getName(),
                notAfter, names, matches, problem);
    }

    private X509Certificate[] presented(String host, int port) {
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            CapturingTrustManager capture = new CapturingTrustManager();
            context.init(null, new TrustManager[] {capture}, null);
            try (SSLSocket socket = (SSLSocket) context.getSocketFactory().createSocket()) {
                socket.connect(new InetSocketAddress(host, port), timeoutMillis);
                socket.setSoTimeout(timeoutMillis);
                SSLParameters parameters = socket.getSSLParameters();
                if (!host.matches("[0-9.]+") && !host.contains(":")) {
                    parameters.setServerNames(List.of(new SNIHostName(host)));
                }
                socket.setSSLParameters(parameters);
                socket.startHandshake();
            }
            if (capture.chain == null || capture.chain.length == 0) {
                throw new UnreachableException(host + ":" + port + " presented no certificate", null);
            }
            return capture.chain;
        } catch (IOException e) {
            throw new UnreachableException(host + ":" + port + ": " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()), e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK cannot make a TLS context", e);
        }
    }

    /** What the key exchange would be judged as; the trust check looks at the chain, not at this. */
    private static String authType(X509Certificate leaf) {
        String algorithm = leaf.getPublicKey().getAlgorithm();
        return "EC".equals(algorithm) ? "ECDHE_ECDSA" : "ECDHE_RSA";
    }

    private static List<String> names(X509Certificate leaf) {
        List<String> names = new ArrayList<>();
        try {
            Collection<List<?>> alternatives = leaf.getSubjectAlternativeNames();
            if (alternatives != null) {
                for (List<?> entry : alternatives) {
                    int type = (Integer) entry.get(0);
                    if (type == 2 || type == 7) { // dNSName, iPAddress
                        names.add(String.valueOf(entry.get(1)));
                    }
                }
            }
        } catch (CertificateParsingException e) {
            // No readable SANs: the name check then fails, which is what a browser does too.
        }
        return names;
    }

    private static String rootCause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return String.valueOf(cause.getMessage());
    }

    private static X509TrustManager trustManager(KeyStore store) {
        try {
            TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            factory.init(store);
            for (TrustManager manager : factory.getTrustManagers()) {
                if (manager instanceof X509TrustManager x509) {
                    return x509;
                }
            }
            throw new IllegalStateException("the JDK has no X.509 trust manager");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK's trust store cannot be read: " + e.getMessage(), e);
        }
    }

    /** Accepts every chain, only to see it; trust is judged afterwards by the real trust manager. */
    private static final class CapturingTrustManager implements X509TrustManager {
        private X509Certificate[] chain;

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) {
            throw new UnsupportedOperationException("client side only");
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) {
            this.chain = chain.clone();
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
        }
    }

}
