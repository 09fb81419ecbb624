package io.github.sorrysite.core.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EastAsianLineBreaksTest {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "between Japanese characters goes    | されています。\\nしばらく       | <p>されています。しばらく</p>",
        "between kanji goes                  | 日本\\n語                    | <p>日本語</p>",
        "trailing spaces do not hide it      | 停止中です。 \\n再開は       | <p>停止中です。再開は</p>",
        "fullwidth punctuation counts        | （予定）\\n終了               | <p>（予定）終了</p>",
        "between English words stays         | be right\\nback               | <p>be right\\nback</p>",
        "between Japanese and English stays  | 詳細は\\nstatus page          | <p>詳細は\\nstatus page</p>",
        "between Hangul stays (spaced words) | 점검\\n중입니다               | <p>점검\\n중입니다</p>",
        "a hard break stays                  | 停止中です。\\\\\\n再開は     | <p>停止中です。<br />\\n再開は</p>",
    })
    void softBreaks(String name, String markdown, String html) throws Exception {
        Path page = dir.resolve("site-src/pages/p.md");
        Files.createDirectories(page.getParent());
        Files.writeString(page, "---\ntitle: t\n---\n" + markdown.replace("\\n", "\n").replace("\\\\", "\\"));
        String content = new LoadPages(SiteConfig.defaults(dir)).load(page).content().strip();
        assertEquals(html.replace("\\n", "\n"), content);
    }

    @Test
    void theDefaultJapanesePageHasNoSpaceWhereItsLinesWrap() throws Exception {
        Path root = Path.of("..").toAbsolutePath().normalize();
        Path page = root.resolve("site-src/pages/ja/maintenance.md");
        String source = Files.readString(page);
        assertTrue(source.contains("ございます。\n現在"), "the default page should wrap a line between Japanese characters");
        String content = new LoadPages(SiteConfig.defaults(root)).load(page).content();
        assertTrue(content.contains("ありがとうございます。現在、システムメンテナンス"), content);
        assertTrue(content.contains("おかけしますが、今しばらく"), content);
        assertFalse(content.matches("(?s).*[\\u3000-\\u9fff][\\s][\\u3000-\\u9fff].*"), content);
    }
}
