package io.github.sorrysite.netstorage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

class NetStorageSignerTest {
    /**
     * The worked example of Akamai's NetStorage Usage API documentation, "Example authentication
     * headers" (techdocs.akamai.com/netstorage-usage/reference/example-authentication-headers; the
     * older NetStorage HTTP API Developer Guide has the same): key {@code abcdefghij}, key name
     * {@code UploadAccountMedia}, time 1280000000, unique id 382644692, an upload of
     * {@code /123456/files_baseball/sweep.m4a} with md5 and mtime.
     */
    @Test
    void signsTheDocumentedExample() {
        NetStorageSigner.Signature signature = new NetStorageSigner("UploadAccountMedia", "abcdefghij").sign(
                "/123456/files_baseball/sweep.m4a",
                "version=1&action=upload&md5=0123456789abcdef0123456789abcdef&mtime=1260000000", 1280000000L, "382644692");

        assertEquals("5, 0.0.0.0, 0.0.0.0, 1280000000, 382644692, UploadAccountMedia", signature.authData());
        assertEquals("yh1MXm/rv7RKZhfKlTuSUBV69Acph5IyOWCU0/nFjms=", signature.authSign());
    }

    @Test
    void neverShowsTheKey() {
        NetStorageSigner signer = new NetStorageSigner("UploadAccountMedia", "abcdefghij");
        assertFalse(signer.toString().contains("abcdefghij") || signer.toString().contains("UploadAccountMedia"));
        assertFalse(signer.sign("/1/a", "version=1&action=stat", 1, "2").toString().contains("UploadAccountMedia"));
    }

    @Test
    void encodesPathsSegmentBySegment() {
        assertEquals("/123456/sorry/ja/%E3%83%A1%E3%83%B3%E3%83%86.html", NetStorageClient.encodePath("/123456/sorry/ja/メンテ.html"));
        assertEquals("/1/a%20b/c%2Bd.css", NetStorageClient.encodePath("/1/a b/c+d.css"));
    }
}
