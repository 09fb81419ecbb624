package io.github.sorrysite.http;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * A private CA and server certificates made by the real openssl, the way an operator makes them:
 * {@code openssl req -x509} for the CA, a CSR signed with {@code -days N} and a subjectAltName for
 * 127.0.0.1 and localhost, bundled with {@code openssl pkcs12}.
 */
public final class TestCertificates {
    public static final char[] PASSWORD = "changeit".toCharArray();
    private final Path dir;

    private TestCertificates(Path dir) {
        this.dir = dir;
    }

    public static TestCertificates ca(Path dir) {
        TestCertificates certs = new TestCertificates(dir);
        certs.openssl("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", "ca.key", "-out", "ca.pem", "-days", "365",
                "-subj", "/CN=Sorry Test CA", "-addext", "basicConstraints=critical,CA:TRUE", "-addext", "keyUsage=critical,keyCertSign,cRLSign");
        return certs;
    }

    /** The CA's certificate, for {@code -Djavax.net.ssl.trustStore} or a test's own trust. */
    Path caPem() {
        return dir.resolve("ca.pem");
    }

    /** A PKCS#12 key store with a server certificate for 127.0.0.1 and localhost, valid for {@code days}. */
    public Path server(String name, int days) {
        write(name + ".ext", "subjectAltName=IP:127.0.0.1,DNS:localhost\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n");
        openssl("req", "-newkey", "rsa:2048", "-nodes", "-keyout", name + ".key", "-out", name + ".csr", "-subj", "/CN=localhost");
        openssl("x509", "-req", "-in", name + ".csr", "-CA", "ca.pem", "-CAkey", "ca.key", "-CAcreateserial", "-out", name + ".pem",
                "-days", String.valueOf(days), "-extfile", name + ".ext");
        openssl("pkcs12", "-export", "-in", name + ".pem", "-inkey", name + ".key", "-certfile", "ca.pem", "-out", name + ".p12",
                "-passout", "pass:" + new String(PASSWORD), "-name", "server");
        return dir.resolve(name + ".p12");
    }

    /** A trust store holding only the CA, made with keytool. */
    Path trustStore() {
        Path store = dir.resolve("trust.p12");
        if (!Files.exists(store)) {
            run(List.of("keytool", "-importcert", "-noprompt", "-alias", "sorry-test-ca", "-file", caPem().toString(), "-keystore",
                    store.toString(), "-storetype", "PKCS12", "-storepass", new String(PASSWORD)));
        }
        return store;
    }

    KeyStore trust() {
        try (InputStream in = Files.newInputStream(caPem())) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setCertificateEntry("ca", CertificateFactory.getInstance("X.509").generateCertificate(in));
            return store;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    SSLContext clientContext() {
        try {
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            tmf.init(trust());
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, tmf.getTrustManagers(), null);
            return context;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static SSLContext serverContext(Path p12) {
        try (InputStream in = Files.newInputStream(p12)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, PASSWORD);
            KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            kmf.init(store, PASSWORD);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(kmf.getKeyManagers(), null, null);
            return context;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private void write(String name, String text) {
        try {
            Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private void openssl(String... args) {
        List<String> command = new java.util.ArrayList<>(List.of("openssl"));
        command.addAll(List.of(args));
        run(command);
    }

    private void run(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
            }
        } catch (IOException e) {
            throw new IllegalStateException(command.get(0) + " is needed for the HTTPS tests", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
