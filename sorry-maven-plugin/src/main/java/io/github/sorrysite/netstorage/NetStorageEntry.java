package io.github.sorrysite.netstorage;

/**
 * One {@code <file .../>} of a {@code stat} or {@code dir} response.
 *
 * @param type {@code file}, {@code dir} or {@code symlink}
 * @param md5 hex MD5 of a file's body, "" when NetStorage did not say
 * @param mtime seconds since the epoch
 */
public record NetStorageEntry(String type, String name, long size, String md5, long mtime) {
    public boolean isFile() {
        return "file".equals(type);
    }

    public boolean isDirectory() {
        return "dir".equals(type);
    }
}
