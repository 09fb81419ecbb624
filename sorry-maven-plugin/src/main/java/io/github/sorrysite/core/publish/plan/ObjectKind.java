package io.github.sorrysite.core.publish.plan;

/** Assets (under the content prefix) are uploaded as a group before pages, which reference them. */
public enum ObjectKind {
    ASSET, PAGE
}
