package io.github.sorrysite.bench;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The S3 server's floor: the same files PUT by an already warm client in this JVM (no Maven, no
 * JVM start, no class loading, no planning), as fast as the server answers. No client of this
 * server on this machine can upload them faster, so it bounds what any publish tool can reach.
 *
 * <p>{@code putfloor <endpoint> <key> <secret> <bucket> <site-dir> <concurrency> <runs>}: prints
 * {@code ms.<run>=} for each timed run after one untimed warm-up pass, and {@code best_ms=}.
 */
final class PutFloor {
    private PutFloor() {
    }

    static void run(String[] a) throws Exception {
        URI endpoint = URI.create(a[1]);
        String bucket = a[4];
        Path site = Path.of(a[5]);
        int concurrency = Integer.parseInt(a[6]);
        int runs = Integer.parseInt(a[7]);
        List<Path> files;
        try (Stream<Path> walk = Files.walk(site)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        try (S3Client s3 = S3Client.builder().endpointOverride(endpoint).forcePathStyle(true).region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(a[2], a[3])))
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .httpClientBuilder(ApacheHttpClient.builder().maxConnections(concurrency * 2)).build()) {
            ExecutorService pool = Executors.newFixedThreadPool(concurrency);
            try {
                floor(s3, pool, bucket, site, files, runs);
            } finally {
                pool.shutdownNow(); // a failed PUT must not leave the pool's threads keeping the JVM alive
            }
        }
    }

    private static void floor(S3Client s3, ExecutorService pool, String bucket, Path site, List<Path> files, int runs) throws Exception {
        long best = Long.MAX_VALUE;
        for (int run = 0; run <= runs; run++) {
            String prefix = "floor-" + run + "/";
            long started = System.nanoTime();
            List<Future<?>> puts = new ArrayList<>();
            for (Path file : files) {
                String key = prefix + site.relativize(file).toString().replace('\\', '/');
                puts.add(pool.submit(() -> s3.putObject(r -> r.bucket(bucket).key(key).contentType("text/html"), RequestBody.fromFile(file))));
            }
            for (Future<?> put : puts) {
                put.get();
            }
            long ms = (System.nanoTime() - started) / 1_000_000;
            if (run > 0) { // run 0 warms the client and the server
                System.out.println("ms." + run + "=" + ms);
                best = Math.min(best, ms);
            }
        }
        System.out.println("files=" + files.size());
        System.out.println("best_ms=" + best);
    }
}
